//! "Since you were away": what others contributed since this person last reviewed the
//! community, by member and section, in plain language, with before and after; values
//! chosen differently at the same time, with who chose each; and, for those who
//! moderate, undoing one contribution or settling a conflict.
//!
//! The review is computed by `community::review` from the document's own history. What
//! this person last reviewed is kept per member and device (the heads, in localStorage):
//! a first visit starts from what the page first shows, so a newcomer is not handed the
//! community's whole history as "new".

use std::collections::BTreeMap;

use automerge::ChangeHash;
use community::{Contribution, Contributor, Kind, Review, Section, Subject, Written};
use leptos::prelude::*;
use sync_protocol::DocumentId;

use crate::browser::local_storage;
use crate::i18n::{I18n, Key, t, use_i18n};
use crate::routes::design::edit::{change, me};
use crate::state::{CommunityView, use_app};

/// Up to this many added posts of one member in one discussion are shown at once.
const SHOWN_POSTS: usize = 5;

#[component]
pub fn SinceYouWereAway(id: DocumentId) -> impl IntoView {
    let app = use_app();
    let i18n = use_i18n();
    let me = me();
    let since = RwSignal::new(stored_heads(id, &me));
    // A first visit: what is on the page now is the starting point.
    {
        let me = me.clone();
        Effect::new(move |_| {
            if since.with(Option::is_some) {
                return;
            }
            app.communities.track();
            if let Some(heads) = app
                .read_repo(|repo| repo.document(&id).map(|d| d.get_heads()))
                .flatten()
            {
                store_heads(id, &me, &heads);
                since.set(Some(heads));
            }
        });
    }
    let viewer = me.clone();
    // Computed again when others' changes arrive or this panel acts (`acted`), not on
    // every keystroke of this person's: their own changes are not in their review.
    let acted = RwSignal::new(0_u64);
    let review = Memo::new(move |_| {
        app.remote_changes.with(|counts| counts.get(&id).copied());
        acted.track();
        let since = since.get()?;
        // The view follows the document's conflicts from change to change: the review
        // takes them from it rather than walking the whole document again.
        let known = app
            .communities
            .with_untracked(|views| views.get(&id).map(|view| view.conflicts.clone()));
        app.review_index
            .try_update_value(|indexes| {
                let index = indexes.entry(id).or_default();
                app.read_repo(|repo| {
                    repo.document(&id).map(|doc| match known {
                        Some(conflicts) => {
                            index.review_with_conflicts(doc, &since, Some(&viewer), conflicts)
                        }
                        None => index.review(doc, &since, Some(&viewer)),
                    })
                })
                .flatten()
            })
            .flatten()
    });
    let names = Memo::new(move |_| app.communities.with(|m| m.get(&id).map(Names::of)));
    let moderates = {
        let me = me.clone();
        Memo::new(move |_| {
            names.with(|n| {
                n.as_ref()
                    .and_then(|n| n.members.iter().find(|m| m.id == me))
                    .and_then(|m| m.role)
                    .is_some_and(|role| community::may(role, community::Action::ModerateDiscussion))
            })
        })
    };
    let error = RwSignal::new(None::<Key>);
    let mark_all = Callback::new(move |()| {
        if let Some(review) = review.get_untracked() {
            store_heads(id, &crate::routes::design::edit::me(), &review.heads);
            since.set(Some(review.heads));
        }
    });
    let undo = Callback::new(move |key: String| {
        let Some(review) = review.get_untracked() else {
            return;
        };
        let me = crate::routes::design::edit::me();
        error.set(change(app, id, |doc| community::revert(doc, &me, &review, &key)).err());
        acted.update(|n| *n += 1);
    });
    let marks = Memo::new(move |_| {
        app.communities.track();
        app.read_repo(|repo| repo.document(&id).map(community::reviewed_marks))
            .flatten()
            .unwrap_or_default()
    });
    let mark = Callback::new(move |key: String| {
        let me = crate::routes::design::edit::me();
        let at = crate::routes::discussions::now_iso();
        error.set(change(app, id, |doc| community::mark_reviewed(doc, &me, &key, &at)).err());
        acted.update(|n| *n += 1);
    });
    let give_back = Callback::new(
        move |(discussion, post, comment): (community::DiscussionId, community::PostId, String)| {
            let me = crate::routes::design::edit::me();
            let at = crate::routes::discussions::now_iso();
            let result = change(app, id, |doc| {
                community::return_post(doc, &me, &discussion, &post, &comment, &at)
            });
            error.set(result.err());
            acted.update(|n| *n += 1);
            error.get_untracked().is_none()
        },
    );
    let choose = Callback::new(move |(path, choice): (Vec<String>, usize)| {
        let me = crate::routes::design::edit::me();
        let at = crate::routes::discussions::now_iso();
        let path: Vec<&str> = path.iter().map(String::as_str).collect();
        error.set(
            change(app, id, |doc| {
                community::resolve_conflict(doc, &me, &path, choice, &at)
            })
            .err(),
        );
        acted.update(|n| *n += 1);
    });

    move || {
        let (Some(review), Some(names)) = (review.get(), names.get()) else {
            return None;
        };
        let authors = review.by_author();
        let count = review.contributions.len();
        let summary = if count == 0 {
            i18n.t(Key::ReviewNothing).to_owned()
        } else {
            i18n.t(Key::ReviewSummary)
                .replace("{n}", &count.to_string())
                .replace("{m}", &authors.len().to_string())
        };
        let actions = Actions {
            moderates: moderates.get(),
            undo,
            mark,
            give_back,
            marks,
        };
        let blocks = authors
            .into_iter()
            .map(|(author, contributions)| {
                author_block(i18n, &names, author, &contributions, actions)
            })
            .collect_view();
        let conflicts = (!review.conflicts.is_empty())
            .then(|| conflicts_block(i18n, &names, &review, moderates.get(), choose));
        Some(view! {
            <section class="review" aria-labelledby="review-heading" data-testid="review">
                <h2 id="review-heading">{t(Key::ReviewHeading)}</h2>
                <p role="status" data-testid="review-summary">{summary}</p>
                {conflicts}
                {blocks}
                <Show when=move || error.get().is_some()>
                    <p class="field-error" role="alert">{move || error.get().map(|k| i18n.t(k))}</p>
                </Show>
                <Show when=move || count != 0>
                    <button type="button" data-testid="review-mark-all" on:click=move |_| mark_all.run(())>
                        {t(Key::ReviewMarkAll)}
                    </button>
                </Show>
            </section>
        })
    }
}

/// What a reviewer can do with one contribution.
#[derive(Clone, Copy)]
struct Actions {
    moderates: bool,
    undo: Callback<String>,
    mark: Callback<String>,
    /// Returns a post to its author with a comment; true once done.
    give_back: Callback<(community::DiscussionId, community::PostId, String), bool>,
    marks: Memo<BTreeMap<String, community::ReviewMark>>,
}

fn author_block(
    i18n: I18n,
    names: &Names,
    author: &Contributor,
    contributions: &[&Contribution],
    actions: Actions,
) -> impl IntoView + use<> {
    let name = name_of(i18n, names, author);
    // Sections in the method's order; added posts in one discussion are one line.
    let mut sections: BTreeMap<Section, Vec<&Contribution>> = BTreeMap::new();
    for contribution in contributions {
        sections
            .entry(contribution.section())
            .or_default()
            .push(contribution);
    }
    let sections = sections
        .into_iter()
        .map(|(section, items)| {
            let heading = section_name(i18n, names, &section);
            let (posts, others): (Vec<_>, Vec<_>) = items
                .into_iter()
                .partition(|c| c.kind == Kind::Added && matches!(c.subject, Subject::Post(..)));
            let posts_line = (!posts.is_empty()).then(|| {
                let discussion = match &section {
                    Section::Discussion(d) => discussion_title(names, d),
                    _ => String::new(),
                };
                let one = if posts.len() == 1 {
                    Key::ReviewAddedPost
                } else {
                    Key::ReviewAddedPosts
                };
                let line = i18n
                    .t(one)
                    .replace("{n}", &posts.len().to_string())
                    .replace("{what}", &discussion);
                // A long offline session brings dozens of posts: they are listed on
                // request, so a large review stays light to draw and to read.
                let contributions: Vec<Contribution> = posts.iter().map(|c| (*c).clone()).collect();
                let names = names.clone();
                let bodies = move || {
                    contributions
                        .iter()
                        .map(|c| {
                            let body = field_after(c, "body");
                            view! {
                                <li data-testid="review-post">
                                    <blockquote>{body}</blockquote>
                                    {contribution_actions(i18n, &names, c, actions)}
                                </li>
                            }
                        })
                        .collect_view()
                };
                let many = posts.len() > SHOWN_POSTS;
                let open = RwSignal::new(!many);
                let count = posts.len();
                view! {
                    <li data-testid="review-item" data-kind="added" data-subject="posts">
                        {format!("{name} {line}")}
                        {many.then(|| view! {
                            " "
                            <button type="button" class="secondary" data-testid="review-show-posts"
                                aria-expanded=move || open.get().to_string()
                                on:click=move |_| open.update(|o| *o = !*o)>
                                {move || if open.get() {
                                    i18n.t(Key::ReviewHidePosts).to_owned()
                                } else {
                                    i18n.t(Key::ReviewShowPosts).replace("{n}", &count.to_string())
                                }}
                            </button>
                        })}
                        <Show when=move || open.get()>
                            <ul>{bodies.clone()}</ul>
                        </Show>
                    </li>
                }
            });
            let lines = others
                .into_iter()
                .map(|c| contribution_line(i18n, names, &name, c, actions))
                .collect_view();
            view! {
                <h4>{heading}</h4>
                <ul class="review-items">{posts_line}{lines}</ul>
            }
        })
        .collect_view();
    let member = author.key();
    view! {
        <div class="review-author" data-testid="review-author" data-member=member>
            <h3>{name.clone()}</h3>
            {sections}
        </div>
    }
}

fn contribution_line(
    i18n: I18n,
    names: &Names,
    name: &str,
    contribution: &Contribution,
    actions: Actions,
) -> impl IntoView + use<> {
    let what = subject_name(i18n, names, &contribution.subject);
    let (verb, kind) = match contribution.kind {
        Kind::Added => (Key::ReviewAdded, "added"),
        Kind::Changed => (Key::ReviewChanged, "changed"),
        Kind::Removed => (Key::ReviewRemoved, "removed"),
    };
    let line = i18n.t(verb).replace("{what}", &what);
    let fields = contribution
        .fields
        .iter()
        .filter(|f| contribution.kind == Kind::Changed || f.field == "body" || f.field == "text")
        .map(|f| {
            let chose = match &f.written {
                Written::Set(value) if Some(value) != f.after.as_ref() => Some(format!(
                    "{} “{}”",
                    i18n.t(Key::ReviewChose),
                    value
                )),
                Written::Cleared => Some(i18n.t(Key::ReviewCleared).to_owned()),
                _ => None,
            };
            view! {
                <dl class="review-field" data-field=f.field.clone()>
                    <dt>{field_label(i18n, &f.field)}</dt>
                    <dd>
                        {f.before.clone().map(|before| view! {
                            <del>
                                <span class="visually-hidden">{i18n.t(Key::ReviewBefore)} ": "</span>
                                {before}
                            </del>
                            " "
                        })}
                        {f.after.clone().map(|after| view! {
                            <ins>
                                <span class="visually-hidden">{i18n.t(Key::ReviewAfter)} ": "</span>
                                {after}
                            </ins>
                        })}
                        {chose.map(|chose| view! { " (" {chose} ")" })}
                    </dd>
                </dl>
            }
        })
        .collect_view();
    view! {
        <li data-testid="review-item" data-kind=kind data-subject=subject_token(&contribution.subject)>
            {format!("{name} {line}")}
            {fields}
            {contribution_actions(i18n, names, contribution, actions)}
        </li>
    }
}

/// "Reviewed by …" once a reviewer marked it; else, for those who moderate, marking it
/// reviewed, undoing it, and returning a post to its author with a comment.
fn contribution_actions(
    i18n: I18n,
    names: &Names,
    contribution: &Contribution,
    actions: Actions,
) -> impl IntoView + use<> {
    let key = contribution.key.clone();
    let reviewed_by = {
        let key = key.clone();
        let names = names.clone();
        move || {
            actions.marks.with(|marks| {
                marks.get(&key).map(|mark| {
                    i18n.t(Key::ReviewReviewedBy).replace(
                        "{who}",
                        &name_of(i18n, &names, &Contributor::Member(mark.by.clone())),
                    )
                })
            })
        }
    };
    let reviewed = {
        let key = key.clone();
        move || actions.marks.with(|marks| marks.contains_key(&key))
    };
    let post = match &contribution.subject {
        Subject::Post(discussion, post) if contribution.kind != Kind::Removed => {
            Some((discussion.clone(), post.clone()))
        }
        _ => None,
    };
    let moderates = actions.moderates;
    view! {
        <p class="review-actions">
            <span data-testid="review-reviewed">{reviewed_by}</span>
            {moderates.then(|| {
                let (mark_key, undo_key) = (key.clone(), key.clone());
                view! {
                    <Show when=move || !reviewed()>
                        {
                            let mark_key = mark_key.clone();
                            view! {
                                <button type="button" class="secondary" data-testid="review-mark"
                                    on:click=move |_| actions.mark.run(mark_key.clone())>
                                    {i18n.t(Key::ReviewMarkOne)}
                                </button>
                            }
                        }
                    </Show>
                    " "
                    <button type="button" class="secondary" data-testid="review-undo"
                        on:click=move |_| actions.undo.run(undo_key.clone())>
                        {i18n.t(Key::ReviewUndo)}
                    </button>
                }
            })}
        </p>
        {post.filter(|_| moderates).map(|(discussion, post)| view! {
            <ReturnForm discussion post give_back=actions.give_back field_key=key.clone() />
        })}
    }
}

/// A comment for the author, then the post goes back to them.
#[component]
fn ReturnForm(
    discussion: community::DiscussionId,
    post: community::PostId,
    give_back: Callback<(community::DiscussionId, community::PostId, String), bool>,
    field_key: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let open = RwSignal::new(false);
    let comment = RwSignal::new(String::new());
    let missing = RwSignal::new(false);
    // An id unique on the page: the contribution key has characters ids should not.
    let field_id = format!(
        "return-{}",
        field_key
            .bytes()
            .filter(u8::is_ascii_alphanumeric)
            .map(char::from)
            .collect::<String>()
    );
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = comment.get_untracked();
        if text.trim().is_empty() {
            missing.set(true);
            return;
        }
        missing.set(false);
        if give_back.run((discussion.clone(), post.clone(), text)) {
            open.set(false);
            comment.set(String::new());
        }
    };
    move || {
        if open.get() {
            let field_id = field_id.clone();
            let send = send.clone();
            view! {
                <form class="stack" data-testid="review-return-form" on:submit=send>
                    <label for=field_id.clone()>{i18n.t(Key::ReviewReturnComment)}</label>
                    <input id=field_id type="text"
                        prop:value=move || comment.get()
                        on:input=move |ev| comment.set(event_target_value(&ev)) />
                    <Show when=move || missing.get()>
                        <p class="field-error" role="alert">{i18n.t(Key::ReviewReturnNeedsComment)}</p>
                    </Show>
                    <button type="submit">{i18n.t(Key::ReviewReturnSend)}</button>
                </form>
            }
            .into_any()
        } else {
            view! {
                <button type="button" class="secondary" data-testid="review-return" on:click=move |_| open.set(true)>
                    {i18n.t(Key::ReviewReturn)}
                </button>
            }
            .into_any()
        }
    }
}

fn conflicts_block(
    i18n: I18n,
    names: &Names,
    review: &Review,
    moderates: bool,
    choose: Callback<(Vec<String>, usize)>,
) -> impl IntoView + use<> {
    let items = review
        .conflicts
        .iter()
        .map(|conflict| {
            let what = community::subject_of(&conflict.path)
                .map(|s| subject_name(i18n, names, &s))
                .unwrap_or_default();
            let field = conflict.path.last().cloned().unwrap_or_default();
            let values = conflict
                .values
                .iter()
                .zip(&conflict.authors)
                .enumerate()
                .map(|(index, (value, authors))| {
                    let who = authors
                        .iter()
                        .map(|a| name_of(i18n, names, a))
                        .collect::<Vec<_>>()
                        .join(", ");
                    let path = conflict.path.clone();
                    let label = value_label(i18n, &path, value);
                    view! {
                        <li data-testid="review-conflict-value">
                            "“" {label.clone()} "” " {i18n.t(Key::ReviewBy)} " " {who}
                            {moderates.then(|| view! {
                                " "
                                <button type="button" data-testid="review-choose"
                                    on:click=move |_| choose.run((path.clone(), index))>
                                    {i18n.t(Key::ReviewChooseValue)}
                                    <span class="visually-hidden">" “" {label.clone()} "”"</span>
                                </button>
                            })}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <li data-testid="review-conflict" data-path=conflict.path.join("/")>
                    {format!("{what} — {field}")}
                    <ul>{values}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="conflict" role="status">
            <h3>{i18n.t(Key::ReviewConflictsHeading)}</h3>
            <p>{i18n.t(Key::ReviewConflictHint)}</p>
            <ul>{items}</ul>
        </div>
    }
}

/// A stored choice in the person's language (a status, a role, the call, the type of
/// objective), or as stored when it is not one.
fn value_label(i18n: I18n, path: &[String], value: &str) -> String {
    use crate::routes::design::{members, objective, results};
    let field = path.last().map(String::as_str);
    let top = path.get(1).map(String::as_str);
    let key = match (top, field) {
        (Some("expected_results"), Some("status")) => {
            community::ResultStatus::from_key(value).map(results::status_key)
        }
        (Some("action_plan"), Some("status")) => community::ActionStatus::from_key(value)
            .map(crate::routes::implementation::plan::status_key),
        (Some("members"), _) => community::Role::from_key(value).map(members::role_key),
        (_, Some("call")) => community::Call::from_key(value).map(members::call_key),
        (_, Some("objective_type")) => {
            community::ObjectiveType::from_key(value).map(objective::objective_key)
        }
        _ => None,
    };
    key.map_or_else(|| value.to_owned(), |key| i18n.t(key).to_owned())
}

/// A field's name in the person's language where the app names it already; else as
/// stored.
fn field_label(i18n: I18n, field: &str) -> String {
    let key = match field {
        "description" => Some(Key::FieldDescription),
        "indicator" => Some(Key::FieldIndicator),
        "status" => Some(Key::FieldStatus),
        "role" => Some(Key::FieldRole),
        "name" => Some(Key::FieldMemberName),
        "title" => Some(Key::FieldTitle),
        "problem" => Some(Key::FieldProblem),
        "owner" => Some(Key::FieldOwner),
        "due" => Some(Key::FieldDue),
        "purpose" => Some(Key::FieldPurpose),
        "agenda" => Some(Key::FieldAgenda),
        "minutes" => Some(Key::FieldMinutes),
        "date" => Some(Key::FieldMeetingDate),
        "question" => Some(Key::FieldGuidingQuestion),
        _ => None,
    };
    key.map_or_else(|| field.to_owned(), |key| i18n.t(key).to_owned())
}

/// What the review's words need of the community: members' names, discussions' titles
/// and the order of the expected results. The review reads this memo, not the whole
/// community view: typing elsewhere in the community neither draws the review again nor
/// clones the community, every post included, on each keystroke (docs/PERFORMANCE.md).
#[derive(Clone, Debug, PartialEq, Eq)]
struct Names {
    members: Vec<community::Member>,
    discussions: Vec<(community::DiscussionId, String)>,
    results: Vec<community::ResultId>,
}

impl Names {
    fn of(view: &CommunityView) -> Self {
        Self {
            members: view.design.members.clone(),
            discussions: view
                .discussions
                .iter()
                .map(|d| (d.id.clone(), d.title.clone()))
                .collect(),
            results: view
                .design
                .expected_results
                .iter()
                .map(|r| r.id.clone())
                .collect(),
        }
    }
}

/// A member's name as the roster has it.
fn name_of(i18n: I18n, names: &Names, who: &Contributor) -> String {
    match who {
        Contributor::Member(id) => names
            .members
            .iter()
            .find(|m| m.id == *id)
            .map(|m| m.name.clone())
            .filter(|name| !name.trim().is_empty())
            .unwrap_or_else(|| id.to_string()),
        Contributor::Unknown(actor) => format!("{} ({actor})", i18n.t(Key::ReviewUnknownMember)),
    }
}

fn discussion_title(names: &Names, id: &community::DiscussionId) -> String {
    names
        .discussions
        .iter()
        .find(|(d, _)| d == id)
        .map(|(_, title)| title.clone())
        .unwrap_or_else(|| id.to_string())
}

fn section_name(i18n: I18n, names: &Names, section: &Section) -> String {
    match section {
        Section::Design => i18n.t(Key::SectionDesign).to_owned(),
        Section::Roster => i18n.t(Key::SectionRoster).to_owned(),
        Section::Plan => i18n.t(Key::SectionPlan).to_owned(),
        Section::Discussion(d) => i18n
            .t(Key::SectionDiscussion)
            .replace("{what}", &discussion_title(names, d)),
        Section::Knowledge => i18n.t(Key::SectionKnowledge).to_owned(),
        Section::Moderation => i18n.t(Key::SectionModeration).to_owned(),
        Section::Conclusion => i18n.t(Key::SectionConclusion).to_owned(),
        Section::Other => i18n.t(Key::SectionOther).to_owned(),
    }
}

fn subject_name(i18n: I18n, names: &Names, subject: &Subject) -> String {
    let plain = |key| i18n.t(key).to_owned();
    match subject {
        Subject::Design(field) => plain(match field.as_str() {
            "title" => Key::SubjectTitle,
            "problem" => Key::SubjectProblem,
            "objective" => Key::SubjectObjective,
            "objective_type" => Key::SubjectObjectiveType,
            _ => Key::SubjectDesign,
        }),
        Subject::ExpectedResult(id) => {
            let number = names
                .results
                .iter()
                .position(|r| r == id)
                .map_or_else(String::new, |i| (i + 1).to_string());
            i18n.t(Key::SubjectResult).replace("{n}", &number)
        }
        Subject::Audience(_) => plain(Key::SubjectAudience),
        Subject::Member(id) => i18n.t(Key::SubjectMember).replace(
            "{what}",
            &name_of(i18n, names, &Contributor::Member(id.clone())),
        ),
        Subject::Call(_) => plain(Key::SubjectCall),
        Subject::Registration(_) => plain(Key::SubjectRegistration),
        Subject::Phase => plain(Key::SubjectPhase),
        Subject::Tool(_) => plain(Key::SubjectTool),
        Subject::Meeting => plain(Key::SubjectMeeting),
        Subject::ActionItem(_) => plain(Key::SubjectAction),
        Subject::DiscussionPlan(_) => plain(Key::SubjectDiscussionPlan),
        Subject::Post(..) => plain(Key::SubjectPost),
        Subject::Restatement(..) => plain(Key::SubjectRestatement),
        Subject::Summary(..) => plain(Key::SubjectSummary),
        Subject::ParticipantNote(..) => plain(Key::SubjectParticipantNote),
        Subject::Closing(_) => plain(Key::SubjectClosing),
        Subject::Proposal(_) => plain(Key::SubjectProposal),
        Subject::Decision(_) => plain(Key::SubjectDecision),
        Subject::Assessment(_) => plain(Key::SubjectAssessment),
        Subject::AssessmentQuestion(..) => plain(Key::SubjectAssessmentQuestion),
        Subject::AssessmentResponse(..) => plain(Key::SubjectAssessmentResponse),
        Subject::KnowledgeEntry(_) => plain(Key::SubjectKnowledgeEntry),
        Subject::Closure => plain(Key::SubjectClosure),
        Subject::Other(_) => plain(Key::SubjectOther),
    }
}

/// A stable token for tests and styles.
fn subject_token(subject: &Subject) -> &'static str {
    match subject {
        Subject::Design(_) => "design",
        Subject::ExpectedResult(_) => "result",
        Subject::Audience(_) => "audience",
        Subject::Member(_) => "member",
        Subject::Call(_) => "call",
        Subject::Registration(_) => "registration",
        Subject::Phase => "phase",
        Subject::Tool(_) => "tool",
        Subject::Meeting => "meeting",
        Subject::ActionItem(_) => "action",
        Subject::DiscussionPlan(_) => "discussion",
        Subject::Post(..) => "post",
        Subject::Restatement(..) => "restatement",
        Subject::Summary(..) => "summary",
        Subject::ParticipantNote(..) => "participant",
        Subject::Closing(_) => "closing",
        Subject::Proposal(_) => "proposal",
        Subject::Decision(_) => "decision",
        Subject::Assessment(_) => "assessment",
        Subject::AssessmentQuestion(..) => "question",
        Subject::AssessmentResponse(..) => "response",
        Subject::KnowledgeEntry(_) => "knowledge",
        Subject::Closure => "closure",
        Subject::Other(_) => "other",
    }
}

fn field_after(contribution: &Contribution, field: &str) -> String {
    contribution
        .fields
        .iter()
        .find(|f| f.field == field)
        .and_then(|f| f.after.clone())
        .unwrap_or_default()
}

/// Where the reviewed heads of `member` on this device are kept for `id`.
fn storage_key(id: DocumentId, member: &community::MemberId) -> String {
    format!("praxis.reviewed.{id}.{member}")
}

fn stored_heads(id: DocumentId, member: &community::MemberId) -> Option<Vec<ChangeHash>> {
    let raw = local_storage()?.get_item(&storage_key(id, member)).ok()??;
    // An unreadable entry starts the review over from the whole history rather than
    // hiding anything.
    Some(
        raw.split(',')
            .filter(|s| !s.is_empty())
            .filter_map(|hash| hash.parse().ok())
            .collect(),
    )
}

fn store_heads(id: DocumentId, member: &community::MemberId, heads: &[ChangeHash]) {
    let value = heads
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(",");
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(&storage_key(id, member), &value);
    }
}
