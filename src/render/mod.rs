//! Render: writers that turn extraction results into files. Each writer takes
//! plain data and returns bytes; where the bytes go is the caller's business.

pub mod csv;
pub mod html;
pub mod jsonl;
pub mod pdf;
pub mod tsv;
