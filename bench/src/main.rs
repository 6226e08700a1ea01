//! The `pocket-id-bench` binary: parse the options, run the benchmark, exit 0 when no request
//! failed (2 when some did, 3 for missed budgets under `--enforce-budgets`).

use std::process::ExitCode;

use clap::Parser;
use pocket_id_bench::{Options, Outcome, run};

#[tokio::main]
async fn main() -> ExitCode {
    match run(Options::parse()).await {
        Ok(Outcome::Passed) => ExitCode::SUCCESS,
        Ok(Outcome::Errors(errors)) => {
            eprintln!("error: {errors} requests failed");
            ExitCode::from(2)
        }
        Ok(Outcome::BudgetsMissed) => {
            eprintln!("error: budgets missed");
            ExitCode::from(3)
        }
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}
