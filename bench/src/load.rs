//! Drives one scenario: every virtual user on its own connection, a warm-up, then a timed
//! window in which each request's latency is recorded; errors are counted throughout.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use tokio::sync::Barrier;
use tokio::task::JoinSet;

use crate::scenarios::{Scenario, Target, VirtualUser};

/// Latencies and errors of one step.
#[derive(Debug, Default)]
pub struct StepSamples {
    /// Latency of each request in the timed window, in microseconds.
    pub latencies_us: Vec<u32>,
    /// Failed requests (any time).
    pub errors: u64,
    /// The first failure, for the report.
    pub first_error: Option<String>,
}

/// What one virtual user measured.
pub struct Recorder {
    recording: Arc<AtomicBool>,
    /// Per step.
    pub steps: Vec<StepSamples>,
}

impl Recorder {
    fn new(steps: usize, recording: Arc<AtomicBool>) -> Self {
        Self {
            recording,
            steps: (0..steps).map(|_| StepSamples::default()).collect(),
        }
    }

    /// A recorder that keeps no latencies, for requests outside the measurement.
    pub fn untimed(steps: usize) -> Self {
        Self::new(steps, Arc::new(AtomicBool::new(false)))
    }

    /// Marks the start of a request.
    pub fn start(&self) -> Instant {
        Instant::now()
    }

    /// Records step `step`, started at `started`, and passes its result on.
    pub fn finish<T>(
        &mut self,
        step: usize,
        started: Instant,
        result: anyhow::Result<T>,
    ) -> anyhow::Result<T> {
        let elapsed = started.elapsed();
        let samples = &mut self.steps[step];
        match &result {
            Ok(_) => {
                if self.recording.load(Ordering::Relaxed) {
                    let us = u32::try_from(elapsed.as_micros()).unwrap_or(u32::MAX);
                    samples.latencies_us.push(us);
                }
            }
            Err(err) => {
                samples.errors += 1;
                samples
                    .first_error
                    .get_or_insert_with(|| format!("{err:#}"));
            }
        }
        result
    }
}

/// What a run of one scenario measured, before statistics.
pub struct Run {
    /// Per step, merged over virtual users.
    pub steps: Vec<StepSamples>,
    /// Length of the timed window.
    pub window: Duration,
}

/// Hooks around the timed window, to read the daemon's counters at its edges.
pub trait Window {
    /// The timed window begins.
    fn opened(&mut self);
    /// The timed window ends.
    fn closed(&mut self);
}

/// Runs `scenario` with `concurrency` virtual users: all are prepared, then run for `warmup`
/// unrecorded and `duration` recorded.
pub async fn run(
    target: Arc<Target>,
    scenario: Scenario,
    warmup: Duration,
    duration: Duration,
    window: &mut dyn Window,
) -> anyhow::Result<Run> {
    let concurrency = target.concurrency;
    let barrier = Arc::new(Barrier::new(concurrency + 1));
    let recording = Arc::new(AtomicBool::new(false));
    let stop = Arc::new(AtomicBool::new(false));
    let mut tasks = JoinSet::new();
    for index in 0..concurrency {
        let (target, barrier, recording, stop) = (
            target.clone(),
            barrier.clone(),
            recording.clone(),
            stop.clone(),
        );
        tasks.spawn(async move {
            let prepared = VirtualUser::prepare(&target, scenario, index).await;
            barrier.wait().await;
            let mut user = prepared?;
            let mut recorder = Recorder::new(scenario.steps().len(), recording);
            while !stop.load(Ordering::Relaxed) {
                // A failed request is counted by the recorder; the next iteration starts over.
                let _ = user.iterate(scenario, &target, &mut recorder).await;
            }
            anyhow::Ok(recorder.steps)
        });
    }
    barrier.wait().await;
    tokio::time::sleep(warmup).await;
    recording.store(true, Ordering::Relaxed);
    window.opened();
    let opened = Instant::now();
    tokio::time::sleep(duration).await;
    recording.store(false, Ordering::Relaxed);
    let window_length = opened.elapsed();
    window.closed();
    stop.store(true, Ordering::Relaxed);
    let mut steps: Vec<StepSamples> = scenario
        .steps()
        .iter()
        .map(|_| StepSamples::default())
        .collect();
    while let Some(done) = tasks.join_next().await {
        for (merged, samples) in steps.iter_mut().zip(done??) {
            merged.latencies_us.extend(samples.latencies_us);
            merged.errors += samples.errors;
            if merged.first_error.is_none() {
                merged.first_error = samples.first_error;
            }
        }
    }
    Ok(Run {
        steps,
        window: window_length,
    })
}
