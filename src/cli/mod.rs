//! The command line: parse arguments, run one subcommand, map the outcome to
//! an exit status (0 all good, 1 some report or the command failed, 2 usage).

mod build;
mod extract;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "citybrief",
    version,
    about = "Numeric claims, measures and honors from Chinese business-environment reports"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract records from reports: one <doc>.jsonl each into --out, or standard output.
    Extract(extract::Args),
    /// The whole job on a folder of reports: extraction, alignment, tables.
    Build(build::Args),
}

/// What a run leaves for the exit status.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Outcome {
    /// Reports that could not be read or written.
    pub failed: usize,
}

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let result = match cli.command {
        Command::Extract(args) => extract::execute(args),
        Command::Build(args) => build::execute(args),
    };
    match result {
        Ok(outcome) if outcome.failed == 0 => ExitCode::SUCCESS,
        Ok(_) => ExitCode::from(1),
        Err(e) => {
            report_failure(&e);
            ExitCode::from(if e.is::<UsageError>() { 2 } else { 1 })
        }
    }
}

/// Reports one failed report on standard error, in one line.
fn report_failure(e: &anyhow::Error) {
    let line = format!("{e:#}").replace('\n', " ");
    eprintln!("citybrief: {line}");
}

/// A mistake in how the tool was called or configured: exit status 2.
#[derive(Debug)]
pub struct UsageError(pub String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

/// The config a run uses: `--config FILE`, else `./citybrief.toml` if there
/// is one, else the built-in defaults. A bad config is a usage error.
fn load_config(path: Option<&std::path::Path>) -> anyhow::Result<crate::config::Config> {
    let local = std::path::Path::new("citybrief.toml");
    let loaded = match path {
        Some(p) => crate::config::Config::load(p),
        None if local.is_file() => crate::config::Config::load(local),
        None => Ok(crate::config::Config::defaults()),
    };
    loaded.map_err(|e| UsageError(format!("{e:#}")).into())
}

/// Parses `--encoding` values.
fn parse_encoding(label: &str) -> Result<crate::ingest::Encoding, String> {
    crate::ingest::Encoding::from_label(label)
        .ok_or_else(|| format!("unknown encoding `{label}` (try utf-8, gb18030, gbk, big5, utf-16le)"))
}
