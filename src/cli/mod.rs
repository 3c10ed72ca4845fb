//! The command line: parse arguments, run one subcommand, map the outcome to
//! an exit status (0 all good, 1 some report or the command failed, 2 usage).

mod build;
mod diff;
mod extract;
mod templates;

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
    /// The whole job on a folder of reports: extraction, alignment, tables, briefing.
    Build(build::Args),
    /// What changed between two extraction outputs (files or folders); exit 1 when they differ.
    Diff(diff::Args),
    /// Write the default briefing templates to a folder, to customise.
    Templates(templates::Args),
}

/// What a run leaves for the exit status.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Outcome {
    /// Reports that could not be read or written.
    pub failed: usize,
    /// For `diff`: the two sides differ (exit 1, like diff(1)).
    pub differs: bool,
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
        Command::Templates(args) => templates::execute(args),
        Command::Diff(args) => diff::execute(args),
    };
    match result {
        Ok(outcome) if outcome.failed == 0 && !outcome.differs => ExitCode::SUCCESS,
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

/// The current time, UTC, as `2026-11-23 21:40:00 UTC` (only for `--stamp`).
fn now_utc() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let (days, rem) = (secs / 86_400, secs % 86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02} {:02}:{:02}:{:02} UTC", rem / 3600, rem % 3600 / 60, rem % 60)
}

/// Parses `--encoding` values.
fn parse_encoding(label: &str) -> Result<crate::ingest::Encoding, String> {
    crate::ingest::Encoding::from_label(label)
        .ok_or_else(|| format!("unknown encoding `{label}` (try utf-8, gb18030, gbk, big5, utf-16le)"))
}
