//! Which rows of a long result a virtualized table renders for a scroll position: those in
//! view plus a margin, so that 100k rows cost the page what forty do.

/// Rows rendered above and below the visible ones, so a fast scroll does not show blanks.
pub const OVERSCAN: usize = 12;

/// The rows `[first, last)` to render when the scroll box shows `viewport` pixels from
/// `scroll_top`, with rows `row_height` pixels high, out of `rows`.
pub fn visible_range(scroll_top: f64, viewport: f64, row_height: f64, rows: usize) -> (usize, usize) {
    let row_height = row_height.max(1.0);
    let top = ((scroll_top / row_height).floor().max(0.0) as usize).min(rows);
    let first = top.saturating_sub(OVERSCAN);
    let in_view = (viewport.max(0.0) / row_height).ceil() as usize + 1;
    let last = (top + in_view + OVERSCAN).min(rows);
    (first, last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_top_shows_the_first_rows_and_a_margin_below() {
        assert_eq!(visible_range(0.0, 420.0, 33.0, 100_000), (0, 14 + OVERSCAN));
    }

    #[test]
    fn the_middle_shows_a_margin_on_both_sides() {
        let (first, last) = visible_range(33.0 * 50_000.0, 420.0, 33.0, 100_000);
        assert_eq!(first, 50_000 - OVERSCAN);
        assert_eq!(last, 50_000 + 14 + OVERSCAN);
    }

    #[test]
    fn past_the_end_and_short_results_stay_in_bounds() {
        assert_eq!(visible_range(33.0 * 200_000.0, 420.0, 33.0, 100_000), (100_000 - OVERSCAN, 100_000));
        assert_eq!(visible_range(0.0, 420.0, 33.0, 5), (0, 5));
        assert_eq!(visible_range(-50.0, 0.0, 0.0, 0), (0, 0));
    }
}
