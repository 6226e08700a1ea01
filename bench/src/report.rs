//! The report: statistics per step, the daemon's footprint, each budget met or missed, as a
//! table for people and JSON for machines.

use std::fmt::Write as _;

use serde::Serialize;

use crate::load::Run;
use crate::scenarios::Scenario;

/// Budgets that are not per scenario.
pub mod budgets {
    /// Resident memory after start, MiB.
    pub const IDLE_RSS_MIB: f64 = 10.0;
    /// Resident memory at its highest, MiB.
    pub const PEAK_RSS_MIB: f64 = 40.0;
    /// From start to ready, milliseconds.
    pub const READY_MS: f64 = 100.0;
    /// 99th percentile latency of every step, milliseconds.
    pub const P99_MS: f64 = 10.0;
    /// The code flow with many refresh tokens stored, as a share of its rate without them.
    pub const LARGE_DATABASE_RATIO: f64 = 0.9;
}

/// The whole report.
#[derive(Debug, Serialize)]
pub struct Report {
    /// How the run was set up.
    pub settings: Settings,
    /// The daemon's size, start-up and memory.
    pub daemon: Footprint,
    /// Each scenario's numbers.
    pub scenarios: Vec<ScenarioResult>,
    /// The code flow again after storing many refresh tokens, when asked for.
    pub large_database: Option<LargeDatabase>,
    /// Every budget missed, in words; empty when all are met.
    pub missed: Vec<String>,
}

/// How the run was set up.
#[derive(Debug, Serialize)]
pub struct Settings {
    /// The daemon binary.
    pub daemon: String,
    /// People with a passkey each.
    pub users: usize,
    /// Confidential clients.
    pub clients: usize,
    /// Virtual users, each with its own connection.
    pub concurrency: usize,
    /// Unrecorded seconds before each scenario's window.
    pub warmup_seconds: f64,
    /// Recorded seconds per scenario.
    pub duration_seconds: f64,
    /// Refresh tokens stored for the large-database run.
    pub refresh_tokens: u64,
    /// CPU cores of the machine (the load generator shares them).
    pub cores: usize,
}

/// The daemon's size, start-up and memory.
#[derive(Debug, Serialize)]
pub struct Footprint {
    /// The binary's size, bytes.
    pub binary_bytes: u64,
    /// From start to `READY=1`, milliseconds.
    pub ready_ms: f64,
    /// Resident memory a second after start, KiB.
    pub rss_idle_kib: u64,
    /// Its anonymous part (not file pages), KiB.
    pub anon_idle_kib: u64,
    /// Resident memory after seeding, KiB.
    pub rss_after_seeding_kib: u64,
    /// Its anonymous part, KiB.
    pub anon_after_seeding_kib: u64,
    /// Resident memory after the last scenario, KiB.
    pub rss_end_kib: u64,
    /// Its anonymous part, KiB.
    pub anon_end_kib: u64,
    /// Resident memory at its highest over the run, KiB.
    pub rss_peak_kib: u64,
    /// Seconds spent seeding people and clients.
    pub seeding_seconds: f64,
}

/// One scenario's numbers.
#[derive(Debug, Serialize)]
pub struct ScenarioResult {
    /// Which.
    pub scenario: Scenario,
    /// Its name.
    pub name: String,
    /// Each request of an iteration.
    pub steps: Vec<StepResult>,
    /// Daemon CPU time per request (all steps), microseconds.
    pub cpu_us_per_request: f64,
    /// The budget of the budgeted step, requests per second.
    pub budget_rps: f64,
}

/// One step's numbers.
#[derive(Debug, Serialize)]
pub struct StepResult {
    /// The request.
    pub name: String,
    /// Requests recorded.
    pub requests: usize,
    /// Requests per second over the window.
    pub rps: f64,
    /// Median latency, milliseconds.
    pub p50_ms: f64,
    /// 99th percentile latency, milliseconds.
    pub p99_ms: f64,
    /// Slowest, milliseconds.
    pub max_ms: f64,
    /// Failed requests.
    pub errors: u64,
    /// The first failure.
    pub first_error: Option<String>,
}

/// The code flow on a database holding many refresh tokens.
#[derive(Debug, Serialize)]
pub struct LargeDatabase {
    /// Refresh tokens stored.
    pub refresh_tokens: u64,
    /// Seconds it took to store them.
    pub seeding_seconds: f64,
    /// The code flow's numbers.
    pub result: ScenarioResult,
    /// Its exchange rate as a share of the fresh database's.
    pub ratio: f64,
}

impl ScenarioResult {
    /// Statistics of `run`, with the daemon's CPU seconds over its window.
    pub fn new(scenario: Scenario, name: String, run: Run, cpu_seconds: f64) -> Self {
        let window = run.window.as_secs_f64();
        let mut total = 0;
        let steps = scenario
            .steps()
            .iter()
            .zip(run.steps)
            .map(|(step, mut samples)| {
                samples.latencies_us.sort_unstable();
                let n = samples.latencies_us.len();
                total += n;
                let at = |q: f64| -> f64 {
                    if n == 0 {
                        return 0.0;
                    }
                    let rank = ((q * n as f64).ceil() as usize).clamp(1, n);
                    f64::from(samples.latencies_us[rank - 1]) / 1_000.0
                };
                StepResult {
                    name: (*step).to_owned(),
                    requests: n,
                    rps: n as f64 / window,
                    p50_ms: at(0.50),
                    p99_ms: at(0.99),
                    max_ms: at(1.0),
                    errors: samples.errors,
                    first_error: samples.first_error,
                }
            })
            .collect();
        Self {
            scenario,
            name,
            steps,
            cpu_us_per_request: if total == 0 {
                0.0
            } else {
                cpu_seconds * 1e6 / total as f64
            },
            budget_rps: scenario.budget().1,
        }
    }

    /// The budgeted step's rate.
    pub fn budgeted_rps(&self) -> f64 {
        self.steps
            .get(self.scenario.budget().0)
            .map_or(0.0, |s| s.rps)
    }

    /// Failed requests over all steps.
    pub fn errors(&self) -> u64 {
        self.steps.iter().map(|s| s.errors).sum()
    }
}

impl Report {
    /// Lists every budget missed.
    pub fn check_budgets(&mut self) {
        let mut missed = Vec::new();
        let mib = |kib: u64| kib as f64 / 1024.0;
        let d = &self.daemon;
        if mib(d.rss_idle_kib) > budgets::IDLE_RSS_MIB {
            missed.push(format!(
                "idle RSS {:.1} MiB > {} MiB",
                mib(d.rss_idle_kib),
                budgets::IDLE_RSS_MIB
            ));
        }
        if mib(d.rss_peak_kib) > budgets::PEAK_RSS_MIB {
            missed.push(format!(
                "peak RSS {:.1} MiB > {} MiB",
                mib(d.rss_peak_kib),
                budgets::PEAK_RSS_MIB
            ));
        }
        if d.ready_ms > budgets::READY_MS {
            missed.push(format!(
                "start to ready {:.0} ms > {} ms",
                d.ready_ms,
                budgets::READY_MS
            ));
        }
        let large = self.large_database.as_ref().map(|l| &l.result);
        for result in self.scenarios.iter().chain(large) {
            if result.budgeted_rps() < result.budget_rps {
                missed.push(format!(
                    "{}: {:.0}/s < {:.0}/s",
                    result.name,
                    result.budgeted_rps(),
                    result.budget_rps
                ));
            }
            for step in &result.steps {
                if step.p99_ms > budgets::P99_MS {
                    missed.push(format!(
                        "{} {}: p99 {:.1} ms > {} ms",
                        result.name,
                        step.name,
                        step.p99_ms,
                        budgets::P99_MS
                    ));
                }
            }
        }
        if let Some(large) = &self.large_database
            && large.ratio < budgets::LARGE_DATABASE_RATIO
        {
            missed.push(format!(
                "code flow with {} refresh tokens stored: {:.0}% of the fresh rate < {:.0}%",
                large.refresh_tokens,
                large.ratio * 100.0,
                budgets::LARGE_DATABASE_RATIO * 100.0
            ));
        }
        self.missed = missed;
    }

    /// Failed requests over all scenarios.
    pub fn errors(&self) -> u64 {
        let large = self.large_database.as_ref().map(|l| &l.result);
        self.scenarios.iter().chain(large).map(|s| s.errors()).sum()
    }

    /// The report as a table.
    pub fn table(&self) -> String {
        let s = &self.settings;
        let d = &self.daemon;
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{} users, {} clients, {} connections, {:.0} s per scenario after {:.0} s warm-up, {} cores\n",
            s.users, s.clients, s.concurrency, s.duration_seconds, s.warmup_seconds, s.cores
        );
        let _ = writeln!(
            out,
            "{:<20} {:<34} {:>9} {:>8} {:>8} {:>8} {:>7} {:>8} {:>9}",
            "scenario",
            "request",
            "req/s",
            "p50 ms",
            "p99 ms",
            "max ms",
            "errors",
            "CPU µs",
            "budget/s"
        );
        let large = self.large_database.as_ref().map(|l| &l.result);
        for result in self.scenarios.iter().chain(large) {
            let budget_step = result.scenario.budget().0;
            for (i, step) in result.steps.iter().enumerate() {
                let (name, cpu) = if i == 0 {
                    (
                        result.name.as_str(),
                        format!("{:.0}", result.cpu_us_per_request),
                    )
                } else {
                    ("", String::new())
                };
                let budget = if i == budget_step {
                    let mark = if step.rps >= result.budget_rps {
                        ""
                    } else {
                        " ✗"
                    };
                    format!("{:.0}{mark}", result.budget_rps)
                } else {
                    String::new()
                };
                let _ = writeln!(
                    out,
                    "{:<20} {:<34} {:>9.0} {:>8.2} {:>8.2} {:>8.1} {:>7} {:>8} {:>9}",
                    truncate(name, 20),
                    step.name,
                    step.rps,
                    step.p50_ms,
                    step.p99_ms,
                    step.max_ms,
                    step.errors,
                    cpu,
                    budget
                );
            }
        }
        let mib = |kib: u64| kib as f64 / 1024.0;
        let _ = writeln!(
            out,
            "\ndaemon: binary {:.1} MiB, ready in {:.0} ms, seeding took {:.1} s\n\
             RSS {:.1} MiB idle ({:.1} MiB anonymous), {:.1} MiB after seeding ({:.1}), \
             {:.1} MiB at the end ({:.1}), {:.1} MiB peak",
            d.binary_bytes as f64 / 1_048_576.0,
            d.ready_ms,
            d.seeding_seconds,
            mib(d.rss_idle_kib),
            mib(d.anon_idle_kib),
            mib(d.rss_after_seeding_kib),
            mib(d.anon_after_seeding_kib),
            mib(d.rss_end_kib),
            mib(d.anon_end_kib),
            mib(d.rss_peak_kib),
        );
        if let Some(large) = &self.large_database {
            let _ = writeln!(
                out,
                "large database: {} refresh tokens stored in {:.1} s; code exchange at {:.0}% of the fresh rate",
                large.refresh_tokens,
                large.seeding_seconds,
                large.ratio * 100.0
            );
        }
        for result in self.scenarios.iter().chain(large) {
            for step in &result.steps {
                if let Some(error) = &step.first_error {
                    let _ = writeln!(out, "first error in {} {}: {error}", result.name, step.name);
                }
            }
        }
        if self.missed.is_empty() {
            let _ = writeln!(out, "every budget met");
        } else {
            let _ = writeln!(out, "budgets missed:");
            for miss in &self.missed {
                let _ = writeln!(out, "  {miss}");
            }
        }
        out
    }
}

fn truncate(text: &str, width: usize) -> &str {
    match text.char_indices().nth(width) {
        Some((i, _)) => &text[..i],
        None => text,
    }
}
