//! `pocket-id-bench`: starts the daemon on a fresh data directory, seeds it, drives each
//! scenario over loopback and reports throughput, latency, memory, CPU time and start-up
//! against the budgets in the README's performance section.

pub mod daemon;
pub mod http;
pub mod load;
pub mod report;
pub mod scenarios;
pub mod seed;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use clap::Parser;

use daemon::Daemon;
use report::{Footprint, LargeDatabase, Report, ScenarioResult, Settings};
use scenarios::{Scenario, Target};

/// Load benchmark for the Pocket ID daemon.
#[derive(Debug, Parser)]
#[command(version, about)]
pub struct Options {
    /// The daemon binary [default: `pocket-id` next to this program]
    #[arg(long, value_name = "PATH")]
    pub daemon: Option<PathBuf>,
    /// People to create, each with a passkey
    #[arg(long, default_value_t = 1_000)]
    pub users: usize,
    /// Confidential clients to register
    #[arg(long, default_value_t = 10)]
    pub clients: usize,
    /// Virtual users, each on its own keep-alive connection
    #[arg(long, default_value_t = 16)]
    pub concurrency: usize,
    /// Recorded time per scenario, like 10s or 500ms
    #[arg(long, default_value = "10s", value_parser = parse_duration)]
    pub duration: Duration,
    /// Unrecorded time before each scenario's window
    #[arg(long, default_value = "2s", value_parser = parse_duration)]
    pub warmup: Duration,
    /// Scenarios to run (repeat the flag) [default: all]
    #[arg(long = "scenario", value_enum, value_name = "NAME")]
    pub scenarios: Vec<Scenario>,
    /// After the scenarios, store this many refresh tokens and run the code flow again
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub refresh_tokens: u64,
    /// Also write the report as JSON to this file
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,
    /// Exit with status 3 when a budget is missed (status 2 means failed requests)
    #[arg(long)]
    pub enforce_budgets: bool,
}

/// `10s`, `500ms`, `2m` or plain seconds.
fn parse_duration(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    let (number, unit) = match text.find(|c: char| c.is_ascii_alphabetic()) {
        Some(i) => text.split_at(i),
        None => (text, "s"),
    };
    let value: f64 = number
        .trim()
        .parse()
        .map_err(|_| format!("`{text}` is not a duration like 10s or 500ms"))?;
    let seconds = match unit {
        "ms" => value / 1_000.0,
        "s" => value,
        "m" => value * 60.0,
        _ => return Err(format!("unknown unit `{unit}`: use ms, s or m")),
    };
    if !(seconds.is_finite() && seconds >= 0.0) {
        return Err(format!("`{text}` is not a duration"));
    }
    Ok(Duration::from_secs_f64(seconds))
}

/// How a run ended, for the exit status.
pub enum Outcome {
    /// No failed request, and every budget met or not enforced.
    Passed,
    /// Some requests failed.
    Errors(u64),
    /// Budgets were missed and `--enforce-budgets` was given.
    BudgetsMissed,
}

/// Reads the daemon's CPU time at the edges of a scenario's window.
struct CpuWindow<'a> {
    daemon: &'a Daemon,
    opened: f64,
    seconds: f64,
}

impl load::Window for CpuWindow<'_> {
    fn opened(&mut self) {
        self.opened = self.daemon.stats().map_or(0.0, |s| s.cpu_seconds);
    }
    fn closed(&mut self) {
        self.seconds = self.daemon.stats().map_or(0.0, |s| s.cpu_seconds) - self.opened;
    }
}

/// Runs the benchmark and prints its report.
pub async fn run(options: Options) -> anyhow::Result<Outcome> {
    if options.users == 0 || options.clients == 0 || options.concurrency == 0 {
        bail!("--users, --clients and --concurrency must be at least 1");
    }
    let binary = match &options.daemon {
        Some(path) => path.clone(),
        None => std::env::current_exe()?
            .parent()
            .context("no directory around this program")?
            .join("pocket-id"),
    };
    let binary_bytes = std::fs::metadata(&binary)
        .with_context(|| format!("no daemon at {}", binary.display()))?
        .len();
    let scenarios = if options.scenarios.is_empty() {
        Scenario::ALL.to_vec()
    } else {
        options.scenarios.clone()
    };
    let data_dir = tempfile::Builder::new()
        .prefix("pocket-id-bench")
        .tempdir()?;

    let mut daemon = Daemon::start(&binary, data_dir.path())?;
    eprintln!(
        "daemon ready in {:.0} ms at {}",
        daemon.ready_after.as_secs_f64() * 1e3,
        daemon.public_url
    );
    tokio::time::sleep(Duration::from_secs(1)).await;
    let idle = daemon.stats()?;

    let seeding = Instant::now();
    let api_key = daemon.command(&["api-key", "create", "--name", "bench"])?;
    eprintln!(
        "seeding {} users and {} clients",
        options.users, options.clients
    );
    let seeded = seed::seed(
        daemon.addr,
        &daemon.public_url,
        &api_key,
        options.users,
        options.clients,
    )
    .await?;
    let seeding_seconds = seeding.elapsed().as_secs_f64();
    let after_seeding = daemon.stats()?;
    let target = Arc::new(Target {
        addr: daemon.addr,
        host: seed::host_of(&daemon.public_url),
        public_url: daemon.public_url.clone(),
        people: seeded.people,
        apps: seeded.apps,
        concurrency: options.concurrency,
    });

    let mut results = Vec::new();
    for &scenario in &scenarios {
        eprintln!("running {}", scenario.name());
        let result = measure(&daemon, &target, scenario, scenario.name().into(), &options).await?;
        daemon.check_running()?;
        results.push(result);
    }

    let large_database = if options.refresh_tokens > 0 {
        eprintln!("storing {} refresh tokens", options.refresh_tokens);
        let started = Instant::now();
        seed::bulk_refresh_tokens(&daemon.database(), options.refresh_tokens).await?;
        let seeding_seconds = started.elapsed().as_secs_f64();
        let name = format!("code flow, {} RTs", options.refresh_tokens);
        let result = measure(&daemon, &target, Scenario::CodeFlow, name, &options).await?;
        let fresh = results
            .iter()
            .find(|r| r.scenario == Scenario::CodeFlow)
            .map(ScenarioResult::budgeted_rps);
        Some(LargeDatabase {
            refresh_tokens: options.refresh_tokens,
            seeding_seconds,
            ratio: fresh.map_or(1.0, |fresh| result.budgeted_rps() / fresh),
            result,
        })
    } else {
        None
    };

    let last = daemon.stats()?;
    let mut report = Report {
        settings: Settings {
            daemon: binary.display().to_string(),
            users: options.users,
            clients: options.clients,
            concurrency: options.concurrency,
            warmup_seconds: options.warmup.as_secs_f64(),
            duration_seconds: options.duration.as_secs_f64(),
            refresh_tokens: options.refresh_tokens,
            cores: std::thread::available_parallelism().map_or(1, |n| n.get()),
        },
        daemon: Footprint {
            binary_bytes,
            ready_ms: daemon.ready_after.as_secs_f64() * 1e3,
            rss_idle_kib: idle.rss_kib,
            anon_idle_kib: idle.anon_kib,
            rss_after_seeding_kib: after_seeding.rss_kib,
            anon_after_seeding_kib: after_seeding.anon_kib,
            rss_end_kib: last.rss_kib,
            anon_end_kib: last.anon_kib,
            rss_peak_kib: last.peak_rss_kib,
            seeding_seconds,
        },
        scenarios: results,
        large_database,
        missed: Vec::new(),
    };
    report.check_budgets();
    print!("{}", report.table());
    if let Some(path) = &options.json {
        std::fs::write(path, serde_json::to_string_pretty(&report)? + "\n")
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    drop(daemon);
    Ok(match report.errors() {
        0 if options.enforce_budgets && !report.missed.is_empty() => Outcome::BudgetsMissed,
        0 => Outcome::Passed,
        errors => Outcome::Errors(errors),
    })
}

async fn measure(
    daemon: &Daemon,
    target: &Arc<Target>,
    scenario: Scenario,
    name: String,
    options: &Options,
) -> anyhow::Result<ScenarioResult> {
    let mut window = CpuWindow {
        daemon,
        opened: 0.0,
        seconds: 0.0,
    };
    let run = load::run(
        target.clone(),
        scenario,
        options.warmup,
        options.duration,
        &mut window,
    )
    .await?;
    Ok(ScenarioResult::new(scenario, name, run, window.seconds))
}

#[cfg(test)]
mod tests {
    use super::parse_duration;
    use std::time::Duration;

    #[test]
    fn durations_parse() {
        assert_eq!(parse_duration("10s"), Ok(Duration::from_secs(10)));
        assert_eq!(parse_duration("500ms"), Ok(Duration::from_millis(500)));
        assert_eq!(parse_duration("2"), Ok(Duration::from_secs(2)));
        assert_eq!(parse_duration("1m"), Ok(Duration::from_secs(60)));
        assert!(parse_duration("-1s").is_err());
        assert!(parse_duration("3h").is_err());
        assert!(parse_duration("soon").is_err());
    }
}
