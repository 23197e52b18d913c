//! Shared app state: the automerge repo plus the signals views read, and the one place
//! where the repo's effects are applied (send, persist, re-render).

use std::collections::{BTreeMap, BTreeSet};

use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use sync_protocol::{DocumentId, Effect, Origin, Repo};

use crate::i18n::Key;
use crate::{clock, storage, sync};

/// What a view needs of a community document, read out of automerge after every change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommunityView {
    pub title: String,
    pub problem: String,
    /// Every Phase I field, for the design pages.
    pub design: community::Design,
    pub phase: community::Phase,
    /// Every Phase II field, for the implementation pages.
    pub implementation: community::Implementation,
    /// The moderated discussions, in the order they were planned.
    pub discussions: Vec<community::Discussion>,
    /// What each Design stage lacks.
    pub progress: community::DesignProgress,
    /// Concurrent values that disagree, shown where the value is edited.
    pub conflicts: Vec<community::Conflict>,
    /// What each Phase II step lacks, as of today (empty if today is unknown).
    pub phase_two: Vec<community::StepProgress>,
    /// Contributions to curated sections proposed under pre-moderation, in the order
    /// they were made.
    pub proposals: Vec<community::Proposal>,
    /// The community's closing, once its leader has closed it: it is read-only then.
    pub closure: Option<community::Closure>,
}

impl CommunityView {
    /// The view of a community just read, with its conflicts.
    fn of(
        doc: &automerge::Automerge,
        community: community::Community,
        conflicts: Vec<community::Conflict>,
    ) -> Self {
        Self {
            title: community.design.title.clone(),
            problem: community.design.problem.clone(),
            progress: community::design_progress(&community.design),
            phase_two: phase_two(
                &community.design,
                &community.implementation,
                &community.discussions,
            ),
            proposals: community::proposals(doc),
            design: community.design,
            phase: community.phase.phase,
            implementation: community.implementation,
            discussions: community.discussions,
            conflicts,
            closure: community.closure,
        }
    }
}

/// What each Phase II step lacks, as of today (nothing when today is unknown).
fn phase_two(
    design: &community::Design,
    implementation: &community::Implementation,
    discussions: &[community::Discussion],
) -> Vec<community::StepProgress> {
    clock::today()
        .map(|today| {
            community::implementation_progress_of(design, implementation, discussions, today)
        })
        .unwrap_or_default()
}

/// A document read again: whole, or (when changes landed only in discussions) just its
/// discussions and conflicts.
enum Reading {
    Whole(Box<CommunityView>),
    Discussions {
        discussions: Vec<community::Discussion>,
        conflicts: Vec<community::Conflict>,
    },
}

/// The badge states, in the order a connection goes through them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConnectionState {
    Offline,
    Connecting,
    Syncing,
    Synced,
}

impl ConnectionState {
    /// The stable token used in `data-state` (e2e tests and CSS rely on it).
    pub fn token(self) -> &'static str {
        match self {
            Self::Offline => "offline",
            Self::Connecting => "connecting",
            Self::Syncing => "syncing",
            Self::Synced => "synced",
        }
    }
}

/// A message for the person: errors they must know about (storage, corrupt data).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub id: u64,
    pub key: Key,
    /// Technical detail (an error's text), shown after the translated message.
    pub detail: Option<String>,
}

/// Copyable handle to everything shared; provided as context by the root component.
#[derive(Clone, Copy)]
pub struct AppState {
    repo: StoredValue<Repo, LocalStorage>,
    pub communities: RwSignal<BTreeMap<DocumentId, CommunityView>>,
    pub unavailable: RwSignal<BTreeSet<DocumentId>>,
    /// Documents held here that the relay refused to sync on the current connection:
    /// this device is not (or no longer) among their members.
    pub refused: RwSignal<BTreeSet<DocumentId>>,
    pub connection: RwSignal<ConnectionState>,
    pub notices: RwSignal<Vec<Notice>>,
    /// False until the documents stored on this device are in the repo: until then a
    /// missing document may just not be loaded yet, so nobody asks the relay for it.
    pub loaded: RwSignal<bool>,
    /// The heads each view in `communities` was read at, so a refresh re-reads only the
    /// discussions changed since (`community::reread`).
    read_at: StoredValue<BTreeMap<DocumentId, Vec<automerge::ChangeHash>>, LocalStorage>,
    /// Counts changes that arrived from other members, per document: the review of
    /// what others did is computed again when it moves, not on every local keystroke.
    pub remote_changes: RwSignal<BTreeMap<DocumentId, u64>>,
    /// What the review has learned of each document's changes (each is decoded once
    /// per page load; see `community::ReviewIndex`).
    pub review_index: StoredValue<BTreeMap<DocumentId, community::ReviewIndex>, LocalStorage>,
    /// Documents changed here whose view waits for its own task (`Refresh::Later`).
    refresh_due: StoredValue<BTreeSet<DocumentId>, LocalStorage>,
}

/// When the view of a document changed here follows the change.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Refresh {
    /// In the same task: whatever the caller does next sees the new view.
    Now,
    /// In a task of its own, right after: the change is made, journaled and sent at
    /// once, and the browser can answer the person (and paint) before every view that
    /// depends on the document follows. For changes whose views grow with the community:
    /// a post sent into a discussion of 5,000 was one task of 51–68 ms on a device that
    /// stored it, and is two under 50 ms (docs/PERFORMANCE.md, "The send's views in a
    /// task of their own").
    Later,
}

impl AppState {
    pub fn new(repo: Repo) -> Self {
        Self {
            repo: StoredValue::new_local(repo),
            communities: RwSignal::new(BTreeMap::new()),
            unavailable: RwSignal::new(BTreeSet::new()),
            refused: RwSignal::new(BTreeSet::new()),
            connection: RwSignal::new(ConnectionState::Offline),
            notices: RwSignal::new(Vec::new()),
            loaded: RwSignal::new(false),
            read_at: StoredValue::new_local(BTreeMap::new()),
            remote_changes: RwSignal::new(BTreeMap::new()),
            review_index: StoredValue::new_local(BTreeMap::new()),
            refresh_due: StoredValue::new_local(BTreeSet::new()),
        }
    }

    /// Read the repo without changing it.
    pub fn read_repo<R>(&self, f: impl FnOnce(&Repo) -> R) -> Option<R> {
        self.repo.try_with_value(f)
    }

    /// Change the repo, then apply whatever effects that produced. Never call this from
    /// inside `f` of another `with_repo` (the repo is borrowed there).
    pub fn with_repo<R>(&self, f: impl FnOnce(&mut Repo) -> R) -> Option<R> {
        self.with_repo_refreshing(Refresh::Now, f)
    }

    /// [`Self::with_repo`], the views of documents changed here re-read when `refresh` says.
    pub fn with_repo_refreshing<R>(
        &self,
        refresh: Refresh,
        f: impl FnOnce(&mut Repo) -> R,
    ) -> Option<R> {
        let result = self.repo.try_update_value(f);
        self.pump_refreshing(refresh);
        result
    }

    /// Change the repo without applying its effects yet; the caller must call `pump`.
    pub fn with_repo_unpumped<R>(&self, f: impl FnOnce(&mut Repo) -> R) -> Option<R> {
        self.repo.try_update_value(f)
    }

    /// Apply pending effects until the repo has none left, then refresh timers and the badge.
    pub fn pump(&self) {
        self.pump_refreshing(Refresh::Now);
    }

    fn pump_refreshing(&self, refresh: Refresh) {
        loop {
            let effects = self
                .repo
                .try_update_value(|repo| repo.take_effects())
                .unwrap_or_default();
            if effects.is_empty() {
                break;
            }
            effects
                .into_iter()
                .for_each(|effect| self.apply(effect, refresh));
        }
        sync::after_repo_activity(*self);
    }

    fn apply(&self, effect: Effect, refresh: Refresh) {
        match effect {
            Effect::Send {
                connection, bytes, ..
            } => sync::send(*self, connection, &bytes),
            Effect::DocumentChanged { document, origin } => {
                match (origin, refresh) {
                    (Origin::Local, Refresh::Later) => self.refresh_soon(document),
                    _ => self.refresh(document),
                }
                match origin {
                    // Typed here: journaled at once, so closing the page cannot lose it.
                    Origin::Local => storage::local_change(*self, document),
                    // Also held by the peer that sent it.
                    Origin::Remote => {
                        storage::schedule_save(*self, document);
                        self.remote_changes.update(|counts| {
                            *counts.entry(document).or_default() += 1;
                        });
                        // A peer that sends changes syncs it with us after all.
                        if self.refused.with_untracked(|set| set.contains(&document)) {
                            self.refused.update(|set| {
                                set.remove(&document);
                            });
                        }
                    }
                }
            }
            Effect::DocumentUnavailable { document } => {
                self.unavailable.update(|set| {
                    set.insert(document);
                });
            }
            Effect::DocumentRefused { document } => {
                self.refused.update(|set| {
                    set.insert(document);
                });
            }
            Effect::PeerReady { .. } => {
                // A new connection asks again: the relay may admit us now.
                self.refused.update(BTreeSet::clear);
                sync::peer_ready();
            }
        }
    }

    /// Re-read one document into the `communities` signal (after a local or remote change).
    /// Discussions no change touched since the last read are carried over, not re-read,
    /// and so are their conflicts; when changes landed only in discussions (a post, an
    /// edit, a moderator's mark), everything else in the view is kept as it was.
    pub fn refresh(&self, id: DocumentId) {
        let since = self
            .read_at
            .with_value(|m| m.get(&id).cloned())
            .unwrap_or_default();
        let Some(read) = self.communities.with_untracked(|views| {
            self.read_repo(|repo| {
                repo.document(&id).map(|doc| {
                    let heads = doc.get_heads();
                    let changes = (!since.is_empty())
                        .then(|| community::changes_since(doc, &since))
                        .filter(|changes| !matches!(changes.discussions, community::Touched::All));
                    let reading = match (views.get(&id), changes) {
                        (Some(view), Some(changes)) if !changes.elsewhere => {
                            let touched = &changes.discussions;
                            Ok(Reading::Discussions {
                                discussions: community::reread_discussions(
                                    doc,
                                    &view.discussions,
                                    touched,
                                ),
                                conflicts: community::conflicts_reusing(
                                    doc,
                                    &view.conflicts,
                                    touched,
                                ),
                            })
                        }
                        (Some(view), Some(changes)) => {
                            let touched = &changes.discussions;
                            community::reread(doc, &view.discussions, touched).map(|read| {
                                let conflicts =
                                    community::conflicts_reusing(doc, &view.conflicts, touched);
                                Reading::Whole(Box::new(CommunityView::of(doc, read, conflicts)))
                            })
                        }
                        // The first reading, or after a change that touched everything.
                        _ => community::read_with_conflicts(doc).map(|(read, conflicts)| {
                            Reading::Whole(Box::new(CommunityView::of(doc, read, conflicts)))
                        }),
                    };
                    reading.map(|reading| (heads, reading))
                })
            })
        }) else {
            return;
        };
        match read {
            Some(Ok((heads, reading))) => {
                self.read_at.update_value(|m| {
                    m.insert(id, heads);
                });
                self.unavailable.update(|set| {
                    set.remove(&id);
                });
                self.communities.update(|map| match reading {
                    Reading::Whole(view) => {
                        map.insert(id, *view);
                    }
                    Reading::Discussions {
                        discussions,
                        conflicts,
                    } => {
                        if let Some(view) = map.get_mut(&id) {
                            view.phase_two =
                                phase_two(&view.design, &view.implementation, &discussions);
                            view.discussions = discussions;
                            view.conflicts = conflicts;
                        }
                    }
                });
            }
            Some(Err(err)) => self.notify(Key::ErrorUnreadable, Some(format!("{id}: {err}"))),
            None => {}
        }
    }

    /// [`Self::refresh`] in a task of its own, once for every change made before it runs.
    fn refresh_soon(&self, id: DocumentId) {
        let first = self
            .refresh_due
            .try_update_value(|due| {
                let first = due.is_empty();
                due.insert(id);
                first
            })
            .unwrap_or(false);
        if first {
            let app = *self;
            Timeout::new(0, move || {
                let due = app
                    .refresh_due
                    .try_update_value(std::mem::take)
                    .unwrap_or_default();
                due.into_iter().for_each(|id| app.refresh(id));
            })
            .forget();
        }
    }

    /// Add a new or stored document to the repo and show it.
    pub fn insert(&self, id: DocumentId, doc: automerge::Automerge) {
        self.with_repo(|repo| repo.insert_document(id, doc, clock::now()));
        self.refresh(id);
    }

    /// Show a message to the person (errors are never only logged).
    pub fn notify(&self, key: Key, detail: Option<String>) {
        self.notices.update(|list| {
            // A failure that repeats on every keystroke is one message, not a pile of them.
            if list.iter().any(|n| n.key == key && n.detail == detail) {
                return;
            }
            let id = list.last().map_or(0, |n| n.id + 1);
            list.push(Notice { id, key, detail });
        });
    }

    pub fn dismiss(&self, id: u64) {
        self.notices.update(|list| list.retain(|n| n.id != id));
    }
}

/// The shared state from context (always provided by `app::App`).
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
