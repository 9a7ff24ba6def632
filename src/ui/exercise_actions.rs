//! The row of buttons under an exercise's editor, and the help they reveal: hints one at a
//! time, and the reference solution on request.

use leptos::prelude::*;

use super::markdown_view::inline;
use super::workspace::Workspace;

/// How much help the learner has asked for.
#[derive(Clone, Copy)]
pub struct Help {
    hints_shown: RwSignal<usize>,
    hint_count: usize,
    solution_shown: RwSignal<bool>,
}

impl Help {
    pub fn new(hint_count: usize) -> Self {
        Self { hints_shown: RwSignal::new(0), hint_count, solution_shown: RwSignal::new(false) }
    }

    fn next_hint(self) {
        self.hints_shown.update(|n| *n = (*n + 1).min(self.hint_count));
    }

    fn hints_exhausted(self) -> bool {
        self.hints_shown.get() >= self.hint_count
    }

    /// "Hint" until one is shown, then how far through them the learner is.
    fn hint_label(self) -> String {
        match self.hints_shown.get() {
            0 => "Hint".to_owned(),
            shown => format!("Hint {shown} of {}", self.hint_count),
        }
    }

    fn solution_label(self) -> &'static str {
        if self.solution_shown.get() { "Hide solution" } else { "Show solution" }
    }

    /// The hints asked for so far, and the solution while it is shown.
    pub fn revealed(self, hints: Vec<String>, solution: String) -> impl IntoView {
        let shown_hints = move || {
            hints.iter().take(self.hints_shown.get()).map(|h| view! { <li>{inline(h)}</li> }).collect_view()
        };
        let solution = move || {
            self.solution_shown.get().then(|| {
                view! {
                    <pre class="solution">
                        <code>{solution.clone()}</code>
                    </pre>
                }
            })
        };
        view! {
            <ol class="hints">{shown_hints}</ol>
            {solution}
        }
    }
}

#[component]
pub fn ExerciseActions(
    /// Runs the answer in the exercise's sandbox.
    run: Callback<()>,
    /// Checks the answer.
    check: Callback<()>,
    /// Puts the starter text and the exercise's data back.
    reset: Callback<()>,
    /// Whether a check is under way (Check waits for it).
    checking: Signal<bool>,
    help: Help,
) -> impl IntoView {
    let engine = expect_context::<Workspace>().engine;
    let ready = move || engine.is_ready();
    view! {
        <div class="exercise-actions">
            <button class="run" on:click=move |_| run.run(()) disabled=move || !ready()>
                "▶ Run"
            </button>
            <button
                class="primary check"
                on:click=move |_| check.run(())
                disabled=move || !ready() || checking.get()
            >
                "Check answer"
            </button>
            <button class="hint" on:click=move |_| help.next_hint() disabled=move || help.hints_exhausted()>
                {move || help.hint_label()}
            </button>
            <button class="show-solution" on:click=move |_| help.solution_shown.update(|s| *s = !*s)>
                {move || help.solution_label()}
            </button>
            <button
                class="reset"
                on:click=move |_| reset.run(())
                title="Put the starter text back and this exercise's data in its starting state"
            >
                "Reset"
            </button>
        </div>
    }
}
