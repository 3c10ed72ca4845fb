//! The data files compiled into the binary (`data/`): helpers to read them.
//! Lists are one entry a line; blank lines and `#` comments are skipped.

/// The entries of a list file.
pub fn entries(text: &'static str) -> Vec<&'static str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn comments_and_blanks_are_skipped() {
        assert_eq!(super::entries("# header\n一网通办\n\n  首违不罚 \n"), ["一网通办", "首违不罚"]);
    }
}
