//! Writing output files so a reader never sees half of one (write a
//! temporary file beside the target, then rename it into place), and the
//! lock that keeps two builds out of one output folder.

use anyhow::{Context, Result};
use std::io::Write;
use std::path::Path;

pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let tmp = temporary_beside(path)?;
    let written =
        std::fs::File::create(&tmp).and_then(|mut f| f.write_all(bytes).and_then(|()| f.sync_all())).and_then(|()| {
            test_delay();
            std::fs::rename(&tmp, path)
        });
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written.with_context(|| format!("{}: cannot write", path.display()))
}

/// The temporary name a file is written under before it is renamed to `path`
/// (its folder created if need be).
fn temporary_beside(path: &Path) -> Result<std::path::PathBuf> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).with_context(|| format!("{}: cannot create folder", dir.display()))?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    Ok(dir.join(format!(".{name}{TMP_MARK}{}", std::process::id())))
}

/// A file written piece by piece that appears under its name only when
/// [`AtomicFile::commit`] is called; dropped uncommitted, it leaves nothing.
/// For output too large to hold in memory at once.
pub struct AtomicFile {
    path: std::path::PathBuf,
    tmp: std::path::PathBuf,
    file: Option<std::io::BufWriter<std::fs::File>>,
}

impl AtomicFile {
    pub fn create(path: &Path) -> Result<AtomicFile> {
        let tmp = temporary_beside(path)?;
        let file = std::fs::File::create(&tmp).with_context(|| format!("{}: cannot write", path.display()))?;
        Ok(AtomicFile { path: path.to_path_buf(), tmp, file: Some(std::io::BufWriter::new(file)) })
    }

    pub fn append(&mut self, bytes: &[u8]) -> Result<()> {
        let file = self.file.as_mut().expect("an uncommitted file is open");
        file.write_all(bytes).with_context(|| format!("{}: cannot write", self.path.display()))
    }

    pub fn commit(mut self) -> Result<()> {
        let file = self.file.take().expect("an uncommitted file is open");
        let done = file.into_inner().map_err(|e| e.into_error()).and_then(|f| f.sync_all()).and_then(|()| {
            test_delay();
            std::fs::rename(&self.tmp, &self.path)
        });
        done.with_context(|| format!("{}: cannot write", self.path.display()))
    }
}

impl std::io::Write for AtomicFile {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.file.as_mut().expect("an uncommitted file is open").write(bytes)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.as_mut().expect("an uncommitted file is open").flush()
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if self.file.take().is_some() {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

/// Tests that kill a build mid-way slow each write down with
/// `CITYBRIEF_TEST_WRITE_DELAY_MS`; nothing else reads it.
fn test_delay() {
    if let Some(ms) = std::env::var("CITYBRIEF_TEST_WRITE_DELAY_MS").ok().and_then(|v| v.parse::<u64>().ok()) {
        std::thread::sleep(std::time::Duration::from_millis(ms));
    }
}

/// Prefix of the temporary files [`write_atomic`] leaves if killed mid-write.
const TMP_MARK: &str = ".tmp";

/// Removes temporary files a killed build left in `dir`.
pub fn clean_temporaries(dir: &Path) {
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') && name.contains(TMP_MARK) && e.path().is_file() {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
}

/// Held while a build writes into an output folder; removed on drop.
pub struct Lock {
    path: std::path::PathBuf,
}

impl Lock {
    /// Takes the lock on `out`, recovering one left by a process that died.
    pub fn acquire(out: &Path) -> Result<Lock> {
        std::fs::create_dir_all(out).with_context(|| format!("{}: cannot create folder", out.display()))?;
        let path = out.join(".citybrief.lock");
        for _ in 0..2 {
            match std::fs::OpenOptions::new().write(true).create_new(true).open(&path) {
                Ok(mut f) => {
                    f.write_all(std::process::id().to_string().as_bytes())
                        .with_context(|| format!("{}: cannot write lock", path.display()))?;
                    return Ok(Lock { path });
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    let holder = std::fs::read_to_string(&path).unwrap_or_default();
                    let pid: Option<u32> = holder.trim().parse().ok();
                    if pid.is_some_and(alive) {
                        anyhow::bail!(
                            "{}: another build (pid {}) is writing this folder; wait for it or remove {} if it is gone",
                            out.display(),
                            pid.unwrap_or_default(),
                            path.display()
                        );
                    }
                    // A stale lock from a dead process: take it over.
                    let _ = std::fs::remove_file(&path);
                }
                Err(e) => return Err(e).with_context(|| format!("{}: cannot create lock", path.display())),
            }
        }
        anyhow::bail!("{}: cannot take the lock", path.display())
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Whether process `pid` is running (Linux: it has a /proc entry).
fn alive(pid: u32) -> bool {
    pid == std::process::id() || Path::new(&format!("/proc/{pid}")).exists()
}
