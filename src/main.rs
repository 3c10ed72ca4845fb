use std::process::ExitCode;

fn main() -> ExitCode {
    citybrief::cli::main()
}
