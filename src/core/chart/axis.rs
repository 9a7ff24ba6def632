//! The value axis: round tick steps (1, 2 or 5 × 10ᵏ) that cover the data, and their labels.

/// A value axis from `min` to `max`, both multiples of `step`, with a tick at every step.
#[derive(Debug, Clone, PartialEq)]
pub struct Axis {
    pub min: f64,
    pub max: f64,
    pub step: f64,
    /// From `min` to `max` inclusive, ascending.
    pub ticks: Vec<f64>,
}

/// More ticks than this means the step computation went wrong (extreme magnitudes), and the
/// axis falls back to the data's own bounds.
const MAX_TICKS: usize = 50;

/// The axis covering `lo..=hi` with about `target` steps of a round size. A single value gets
/// a range from zero to it, so that it still has somewhere to sit.
pub fn nice_axis(lo: f64, hi: f64, target: usize) -> Axis {
    let (mut lo, mut hi) = if lo <= hi { (lo, hi) } else { (hi, lo) };
    if !(lo.is_finite() && hi.is_finite()) {
        (lo, hi) = (0.0, 1.0);
    }
    if lo == hi {
        match lo.partial_cmp(&0.0) {
            Some(std::cmp::Ordering::Greater) => lo = 0.0,
            Some(std::cmp::Ordering::Less) => hi = 0.0,
            _ => hi = 1.0,
        }
    }
    let raw = (hi - lo) / target.max(1) as f64;
    let mut exponent = raw.log10().floor() as i32;
    let mut multiple = match raw / 10f64.powi(exponent) {
        r if r <= 1.0 => 1,
        r if r <= 2.0 => 2,
        r if r <= 5.0 => 5,
        _ => 10,
    };
    if multiple == 10 {
        (multiple, exponent) = (1, exponent + 1);
    }
    // Each tick is an integer times the step, computed so that 0.1 steps give 0.3 rather than
    // 0.30000000000000004; the small tolerance keeps float noise in `lo / step` from adding a
    // tick below the data.
    let tick = |i: i64| {
        let units = (i * multiple) as f64;
        if exponent >= 0 { units * 10f64.powi(exponent) } else { units / 10f64.powi(-exponent) }
    };
    let step = tick(1);
    let first = (lo / step + 1e-9).floor();
    let last = (hi / step - 1e-9).ceil();
    if !(step > 0.0 && first.is_finite() && last.is_finite()) || last - first > MAX_TICKS as f64 {
        return Axis { min: lo, max: hi, step: hi - lo, ticks: vec![lo, hi] };
    }
    let ticks: Vec<f64> = (first as i64..=last as i64).map(tick).collect();
    Axis { min: ticks[0], max: ticks[ticks.len() - 1], step, ticks }
}

impl Axis {
    /// One label per tick, as short as the step allows: `0`, `2.5`, `-40`, `20k`, `1.5M`.
    /// Thousands and up use a suffix (k, M, B, T) once the axis reaches ten thousand, which keeps
    /// the labels narrow enough to sit left of the plot.
    pub fn labels(&self) -> Vec<String> {
        let biggest = self.min.abs().max(self.max.abs());
        let (divisor, suffix) = if biggest >= 1e12 {
            (1e12, "T")
        } else if biggest >= 1e9 {
            (1e9, "B")
        } else if biggest >= 1e6 {
            (1e6, "M")
        } else if biggest >= 1e4 {
            (1e3, "k")
        } else {
            (1.0, "")
        };
        let step = self.step / divisor;
        let decimals =
            if step >= 1.0 { 0 } else { (-(step.log10() + 1e-9).floor()).clamp(0.0, 12.0) as usize };
        self.ticks
            .iter()
            .map(|tick| {
                // Adding zero turns -0 into 0.
                let value = tick / divisor + 0.0;
                let text = format!("{value:.decimals$}");
                // Zero is plain `0`, not `0.0` or `0k`.
                if text.trim_start_matches(['-', '0', '.']).is_empty() {
                    "0".to_owned()
                } else {
                    format!("{text}{suffix}")
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_one_two_or_five_times_a_power_of_ten() {
        assert_eq!(nice_axis(0.0, 87.0, 5).ticks, vec![0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
        assert_eq!(nice_axis(0.0, 0.9, 5).step, 0.2);
        assert_eq!(nice_axis(0.0, 9_500.0, 5).step, 2_000.0);
        assert_eq!(nice_axis(0.3, 0.7, 4).ticks, vec![0.3, 0.4, 0.5, 0.6, 0.7]);
    }

    #[test]
    fn labels_drop_needless_decimals_and_use_suffixes_for_large_numbers() {
        assert_eq!(nice_axis(0.0, 87.0, 5).labels(), ["0", "20", "40", "60", "80", "100"]);
        assert_eq!(nice_axis(0.0, 0.9, 5).labels(), ["0", "0.2", "0.4", "0.6", "0.8", "1.0"]);
        assert_eq!(nice_axis(0.0, 45_000.0, 5).labels(), ["0", "10k", "20k", "30k", "40k", "50k"]);
        assert_eq!(nice_axis(0.0, 2.2e6, 5).labels(), ["0", "0.5M", "1.0M", "1.5M", "2.0M", "2.5M"]);
        assert_eq!(nice_axis(-0.4, 0.0, 4).labels(), ["-0.4", "-0.3", "-0.2", "-0.1", "0"]);
    }
}
