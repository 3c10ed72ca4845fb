//! `citybrief templates --out DIR`: the default templates, to start from.

use super::Outcome;
use crate::render::html;
use anyhow::Result;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// Folder to write the templates into (created if needed).
    #[arg(long, value_name = "DIR", default_value = "templates")]
    out: PathBuf,
}

pub fn execute(args: Args) -> Result<Outcome> {
    html::write_defaults(&args.out)?;
    Ok(Outcome::default())
}
