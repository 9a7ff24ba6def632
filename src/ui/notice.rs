//! The notice banner: what just happened, or what went wrong and that nothing was lost.

use leptos::prelude::*;

use super::workspace::{NoticeKind, Workspace};

#[component]
pub fn NoticeBanner() -> impl IntoView {
    let workspace = expect_context::<Workspace>();
    move || {
        workspace.notice.get().map(|notice| {
            let (class, role) = match notice.kind {
                NoticeKind::Info => ("notice info", "status"),
                NoticeKind::Error => ("notice error", "alert"),
            };
            view! {
                <div class=class role=role>
                    <span class="text">{notice.text}</span>
                    <button class="dismiss" aria-label="Dismiss" on:click=move |_| workspace.notice.set(None)>
                        "✕"
                    </button>
                </div>
            }
        })
    }
}
