//! Concurrent choices that disagree, made visible instead of silently resolved.
//!
//! When two members set the same value offline (an objective type, a result's status, a
//! role), Automerge keeps every value and picks a deterministic winner. Praxis reads the
//! winner but lists the disagreement here, so the community can settle it; writing the
//! value again resolves the conflict.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use automerge::transaction::Transactable;
use automerge::{Automerge, ObjId, ObjType, ReadDoc, Value};

use crate::attribution::{Contributor, contributor_of_actor};
use crate::{Action, CommunityError, MemberId, store};

/// One place in the document where concurrent writes left different values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// Map keys from the root, e.g. `["design", "objective_type"]`.
    pub path: Vec<String>,
    /// Every concurrent value, the winning one first, rendered as text (a text or map
    /// object as its text or `{…}`).
    pub values: Vec<String>,
    /// Who wrote each value, beside `values` (one value two members wrote names both).
    pub authors: Vec<Vec<Contributor>>,
}

/// Every conflict in the document, in a stable order (the same on every replica).
pub fn conflicts(doc: &Automerge) -> Vec<Conflict> {
    conflicts_beside_clean(doc, &HashSet::new())
}

/// [`conflicts`], not looking into the maps in `clean`, which a read has just found to
/// hold no concurrent values (nor any map the walk would enter): the posts, read by
/// `read_with_conflicts` in the same pass.
pub(crate) fn conflicts_beside_clean(doc: &Automerge, clean: &HashSet<ObjId>) -> Vec<Conflict> {
    let mut found = Vec::new();
    let mut walk = Walk {
        doc,
        found: &mut found,
        reuse: None,
        clean,
    };
    walk.map(&automerge::ROOT, &mut Vec::new());
    found
}

/// [`conflicts`] after changes, walking again only the discussions `touched` names and
/// taking the others' conflicts from `previous` (the last walk): the walk runs after every
/// change, and the posts of untouched discussions were most of it. Equal to
/// [`conflicts`] (checked in the convergence property test).
pub fn conflicts_reusing(
    doc: &Automerge,
    previous: &[Conflict],
    touched: &crate::Touched,
) -> Vec<Conflict> {
    if matches!(touched, crate::Touched::All) {
        return conflicts(doc);
    }
    let reuse = Reuse { previous, touched };
    let mut found = Vec::new();
    let mut walk = Walk {
        doc,
        found: &mut found,
        reuse: Some(&reuse),
        clean: &HashSet::new(),
    };
    walk.map(&automerge::ROOT, &mut Vec::new());
    found
}

/// What a walk may take from the previous one instead of looking.
struct Reuse<'a> {
    previous: &'a [Conflict],
    /// What changed since: only that is looked into.
    touched: &'a crate::Touched,
}

impl Reuse<'_> {
    /// The previous conflicts under `path`, if `path` is an untouched discussion, or an
    /// untouched post of a discussion only some of whose posts were touched.
    fn under(&self, path: &[String]) -> Option<impl Iterator<Item = Conflict>> {
        let untouched = match path {
            [top, id] if top == crate::discussions::DISCUSSIONS[0] => {
                self.touched.discussion(id).is_none()
            }
            [top, id, posts, post]
                if top == crate::discussions::DISCUSSIONS[0]
                    && posts == crate::discussions::POSTS =>
            {
                self.touched
                    .discussion(id)
                    .is_none_or(|within| !within.post(post))
            }
            _ => false,
        };
        untouched.then(|| {
            self.previous
                .iter()
                .filter(move |c| c.path.starts_with(path))
                .cloned()
        })
    }

    /// The posts changes touched, if `path` is the posts map of a discussion in which
    /// only posts were touched.
    fn touched_posts(&self, path: &[String]) -> Option<&BTreeSet<String>> {
        match path {
            [top, id, posts]
                if top == crate::discussions::DISCUSSIONS[0]
                    && posts == crate::discussions::POSTS =>
            {
                match self.touched.discussion(id)? {
                    crate::Within::Posts(touched) => Some(touched),
                    crate::Within::Everything => None,
                }
            }
            _ => None,
        }
    }
}

/// The conflict at one field, e.g. `["design", "expected_results", id, "status"]`, if
/// concurrent writes left different values there; lets the UI ask about the field it
/// shows. Concurrent containers on the way are all looked into, as reads union them.
pub fn conflicts_at(doc: &Automerge, path: &[&str]) -> Option<Conflict> {
    let (key, parent) = path.split_last()?;
    crate::store::containers(doc, parent)
        .iter()
        .find_map(|container| {
            let all = doc.get_all(container, *key).unwrap_or_default();
            conflict_of(doc, &all, path.iter().map(|k| (*k).to_owned()).collect())
        })
}

/// Settles the conflict at `path` by choosing its value number `choice` (an index into
/// [`Conflict::values`]), and records who chose what over what in
/// `moderation.decisions`, so the choice is part of the community's record and not only
/// of its history. A leader, moderator or facilitator may choose anywhere; the author of
/// a post, or the owner of an action, in their own entry. Only a value a member wrote is
/// chosen: the conflict is read again inside the transaction, so a choice made on a
/// stale screen (another value arrived meanwhile) is refused instead of dropping it.
pub fn resolve_conflict(
    doc: &mut Automerge,
    by: &MemberId,
    path: &[&str],
    choice: usize,
    at: &str,
) -> Result<(), CommunityError> {
    crate::discussions::check_moment(at)?;
    let no_such = || CommunityError::NoSuchChoice {
        path: path.join("/"),
        choice,
    };
    let conflict = conflicts_at(doc, path).ok_or_else(no_such)?;
    let chosen = conflict.values.get(choice).ok_or_else(no_such)?.clone();
    let (key, parent) = path.split_last().ok_or_else(no_such)?;
    let decision = store::fresh_id(doc);
    store::write(doc, |tx| {
        if !owns(tx, by, path) {
            crate::discussions::require(tx, by, Action::ModerateDiscussion)?;
        }
        let container = store::containers(tx, parent)
            .into_iter()
            .find(|container| !tx.get_all(container, *key).unwrap_or_default().is_empty())
            .ok_or_else(no_such)?;
        let all = tx
            .get_all(&container, *key)
            .map_err(store::edit("conflict"))?;
        let (value, id) = all
            .iter()
            .find(|(value, id)| render(tx, value, id) == chosen)
            .ok_or_else(no_such)?;
        match value {
            Value::Scalar(scalar) => tx
                .put(&container, *key, scalar.clone().into_owned())
                .map_err(store::edit("conflict"))?,
            Value::Object(ObjType::Text) => {
                let text = tx.text(id).map_err(store::edit("conflict"))?;
                let made = tx
                    .put_object(&container, *key, ObjType::Text)
                    .map_err(store::edit("conflict"))?;
                tx.splice_text(&made, 0, 0, &text)
                    .map_err(store::edit("conflict"))?;
            }
            // Concurrent maps are read as one (their entries are unioned): nothing to
            // choose between.
            Value::Object(_) => return Err(no_such()),
        }
        let record = store::insert_entry(tx, DECISIONS, "decision", &decision)?;
        store::put_scalar(tx, &record, "path", path.join("/"))?;
        store::put_text(tx, &record, "chosen", &chosen)?;
        let others: Vec<&str> = conflict
            .values
            .iter()
            .filter(|v| **v != chosen)
            .map(String::as_str)
            .collect();
        store::put_key_set(tx, &record, "over", &others)?;
        store::put_scalar(tx, &record, "by", by.as_str())?;
        store::put_scalar(tx, &record, "at", at)
    })
}

/// Where decisions on conflicts are recorded.
const DECISIONS: store::Path = &["moderation", "decisions"];

/// Whether `path` lies in an entry `by` owns: their post, or an action they own.
fn owns<R: ReadDoc>(doc: &R, by: &MemberId, path: &[&str]) -> bool {
    let owner = match path {
        ["discussions", d, "posts", post, ..] => {
            store::find_entry(doc, &["discussions", d, "posts"], post)
                .and_then(|entry| store::string(doc, &entry, "author"))
        }
        ["implementation", "action_plan", item, ..] => {
            store::find_entry(doc, &["implementation", "action_plan"], item)
                .and_then(|entry| store::string(doc, &entry, "owner"))
        }
        _ => None,
    };
    owner.as_deref() == Some(by.as_str())
}

/// What a walk for conflicts finds, and what it may skip.
struct Walk<'a> {
    doc: &'a Automerge,
    found: &'a mut Vec<Conflict>,
    reuse: Option<&'a Reuse<'a>>,
    clean: &'a HashSet<ObjId>,
}

impl Walk<'_> {
    /// One pass over each map (`map_range` flags keys with concurrent values), so only
    /// the keys in conflict pay for `get_all`: measured on a community with 1,000 posts,
    /// this took the walk from about 50 ms to a few ms natively (it runs after every
    /// change).
    fn map(&mut self, object: &ObjId, path: &mut Vec<String>) {
        let doc = self.doc;
        for item in doc.map_range(object, ..) {
            path.push(item.key.clone().into_owned());
            if item.conflict {
                let all = doc.get_all(object, item.key.as_ref()).unwrap_or_default();
                self.concurrent(&all, path);
            } else if matches!(item.value, automerge::ValueRef::Object(ObjType::Map)) {
                let id = item.id();
                let reused: Option<Vec<Conflict>> = self
                    .reuse
                    .and_then(|reuse| reuse.under(path).map(Iterator::collect));
                let touched_posts = self.reuse.and_then(|reuse| {
                    reuse
                        .touched_posts(path)
                        .map(|touched| (reuse.previous, touched))
                });
                match (reused, touched_posts) {
                    (Some(previous), _) => self.found.extend(previous),
                    (None, _) if self.clean.contains(&id) => {}
                    (None, Some((previous, touched))) => {
                        self.posts(&id, path, previous, touched);
                    }
                    (None, None) => self.map(&id, path),
                }
            }
            path.pop();
        }
    }

    /// The values written concurrently at `path`: the conflict they make, if they
    /// differ, and every map among them looked into (containers are unioned, so each is
    /// read).
    fn concurrent(&mut self, all: &[(Value<'_>, ObjId)], path: &mut Vec<String>) {
        self.found.extend(conflict_of(self.doc, all, path.clone()));
        for (value, id) in all {
            if matches!(value, Value::Object(ObjType::Map)) {
                self.map(id, path);
            }
        }
    }

    /// A discussion's posts map of which only the posts in `touched` changed: their
    /// conflicts looked for again, every other post's taken from `previous`, all in the
    /// order a whole walk gives (by key). Listing every post of a long discussion was
    /// most of the walk after a post was sent.
    fn posts(
        &mut self,
        object: &ObjId,
        path: &mut Vec<String>,
        previous: &[Conflict],
        touched: &BTreeSet<String>,
    ) {
        let mut by_post: BTreeMap<String, Vec<Conflict>> = BTreeMap::new();
        for conflict in previous.iter().filter(|c| c.path.starts_with(path)) {
            if let Some(post) = conflict.path.get(path.len())
                && !touched.contains(post)
            {
                by_post
                    .entry(post.clone())
                    .or_default()
                    .push(conflict.clone());
            }
        }
        let doc = self.doc;
        for post in touched {
            let all = doc.get_all(object, post.as_str()).unwrap_or_default();
            path.push(post.clone());
            let mut found = Vec::new();
            let mut walk = Walk {
                doc,
                found: &mut found,
                reuse: None,
                clean: self.clean,
            };
            match all.as_slice() {
                [(Value::Object(ObjType::Map), id)] => walk.map(id, path),
                [_, _, ..] => walk.concurrent(&all, path),
                _ => {}
            }
            path.pop();
            if !found.is_empty() {
                by_post.insert(post.clone(), found);
            }
        }
        self.found.extend(by_post.into_values().flatten());
    }
}

/// A conflict if the concurrent values `all` at `path` disagree.
fn conflict_of(doc: &Automerge, all: &[(Value<'_>, ObjId)], path: Vec<String>) -> Option<Conflict> {
    if all.len() < 2 {
        return None;
    }
    // The same value written by two members is agreement, not a conflict: values are
    // grouped, the winner's first, each with everyone who wrote it.
    let mut values: Vec<String> = Vec::new();
    let mut authors: Vec<Vec<Contributor>> = Vec::new();
    for (value, id) in all {
        let text = render(doc, value, id);
        let author = author_of_value(doc, id);
        match values.iter().position(|v| *v == text) {
            Some(at) => authors[at].extend(author),
            None => {
                values.push(text);
                authors.push(author.into_iter().collect());
            }
        }
    }
    (values.len() > 1).then_some(Conflict {
        path,
        values,
        authors,
    })
}

/// The member who wrote a value, from its operation id's actor.
fn author_of_value(doc: &Automerge, id: &ObjId) -> Option<Contributor> {
    match id {
        ObjId::Id(_, actor, _) => Some(contributor_of_actor(doc, actor)),
        ObjId::Root => None,
    }
}

/// Whether `key` of `object` holds concurrent values that differ: a conflict as
/// [`conflicts`] reports it (the same value written by two members is agreement, with
/// nothing to choose between).
pub(crate) fn disagree<R: ReadDoc>(
    doc: &R,
    object: &ObjId,
    key: &str,
) -> Result<bool, automerge::AutomergeError> {
    let all = doc.get_all(object, key)?;
    let mut values = all.iter().map(|(value, id)| render(doc, value, id));
    let first = values.next();
    Ok(values.any(|value| Some(value) != first))
}

fn render<R: ReadDoc>(doc: &R, value: &Value<'_>, id: &ObjId) -> String {
    match value {
        Value::Scalar(scalar) => match scalar.as_str() {
            Some(text) => text.to_owned(),
            None => scalar.to_string(),
        },
        Value::Object(ObjType::Text) => doc.text(id).unwrap_or_default(),
        Value::Object(_) => "{…}".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ResultStatus, add_expected_result, create, set_result_status};

    #[test]
    fn one_field_is_asked_about_by_its_path() {
        let mut base = create("CoP to define indicators", "p").unwrap();
        let id = add_expected_result(&mut base, "Indicators", "").unwrap();
        let mut ana = base.fork();
        let mut luis = base.fork();
        set_result_status(&mut ana, &id, ResultStatus::Achieved).unwrap();
        set_result_status(&mut luis, &id, ResultStatus::NotAchieved).unwrap();
        ana.merge(&mut luis).unwrap();
        let path = ["design", "expected_results", id.as_str(), "status"];
        let conflict = conflicts_at(&ana, &path).unwrap();
        assert_eq!(conflicts(&ana), vec![conflict.clone()]);
        assert_eq!(conflict.path, path);
        assert_eq!(conflicts_at(&ana, &["design", "title"]), None);
        assert_eq!(conflicts_at(&ana, &["nowhere", "at", "all"]), None);
        assert_eq!(conflicts_at(&ana, &[]), None);
    }

    #[test]
    fn an_untouched_discussions_conflicts_are_carried_over_and_a_touched_one_is_walked() {
        use crate::*;
        let leader = MemberId::new("ana").unwrap();
        let mut base = create("CoP to define indicators", "p").unwrap();
        set_member(&mut base, &leader, "Ana", Role::Leader).unwrap();
        let plan = |title: &str| NewDiscussion {
            title: title.into(),
            objective: String::new(),
            question: "q".into(),
            guidelines: Default::default(),
            schedule: Default::default(),
        };
        let first = create_discussion(&mut base, &leader, &plan("First")).unwrap();
        let second = create_discussion(&mut base, &leader, &plan("Second")).unwrap();
        let mut ana = base.fork();
        let mut luis = base.fork();
        set_discussion_stage(&mut ana, &leader, &first, DiscussionStage::Open).unwrap();
        set_discussion_stage(&mut luis, &leader, &first, DiscussionStage::Closing).unwrap();
        ana.merge(&mut luis).unwrap();
        let previous = conflicts(&ana);
        assert_eq!(previous.len(), 1, "{previous:?}");

        // A post in the second discussion: the first's conflict is taken from before.
        let since = ana.get_heads();
        let post_in = |doc: &mut automerge::Automerge, id: &DiscussionId| {
            let new = NewPost {
                author: leader.clone(),
                body: "Hello".into(),
                created: "2030-01-01T10:00:00Z".into(),
                parent: None,
            };
            post(doc, id, &new).unwrap();
        };
        post_in(&mut ana, &second);
        let touched = touched_since(&ana, &since);
        assert_eq!(
            conflicts_reusing(&ana, &previous, &touched),
            conflicts(&ana)
        );
        assert_eq!(conflicts_reusing(&ana, &previous, &touched), previous);

        // Settling the first discussion's stage touches it: the conflict is gone.
        let since = ana.get_heads();
        set_discussion_stage(&mut ana, &leader, &first, DiscussionStage::Open).unwrap();
        let touched = touched_since(&ana, &since);
        assert_eq!(conflicts_reusing(&ana, &previous, &touched), Vec::new());
        // Had the walk not looked again, the stale conflict would still show.
        let nothing = Touched::Only(Default::default());
        assert_eq!(conflicts_reusing(&ana, &previous, &nothing), previous);
    }

    #[test]
    fn within_a_discussion_only_the_touched_posts_are_walked_and_the_order_is_kept() {
        use crate::*;
        let leader = MemberId::new("ana").unwrap();
        let mut base = create("CoP to define indicators", "p").unwrap();
        set_member(&mut base, &leader, "Ana", Role::Leader).unwrap();
        let plan = NewDiscussion {
            title: "First".into(),
            objective: String::new(),
            question: "q".into(),
            guidelines: Default::default(),
            schedule: Default::default(),
        };
        let first = create_discussion(&mut base, &leader, &plan).unwrap();
        set_discussion_stage(&mut base, &leader, &first, DiscussionStage::Open).unwrap();
        let new = |body: &str| NewPost {
            author: leader.clone(),
            body: body.into(),
            created: "2030-01-01T10:00:00Z".into(),
            parent: None,
        };
        let posts: Vec<PostId> = (0..4)
            .map(|n| post(&mut base, &first, &new(&format!("Post {n}"))).unwrap())
            .collect();
        // Three posts edited in two places at once: each body holds two versions.
        let mut ana = base.fork();
        let mut luis = base.fork();
        for edited in &posts[..3] {
            edit_post(&mut ana, &leader, &first, edited, "Ana's words").unwrap();
            edit_post(&mut luis, &leader, &first, edited, "Luis's words").unwrap();
        }
        ana.merge(&mut luis).unwrap();
        let previous = conflicts(&ana);
        assert_eq!(previous.len(), 3, "{previous:?}");

        // A new post, one of the three hidden (its versions stay) and one settled: three
        // posts touched, the first carried over, the hidden one found again in its place.
        let since = ana.get_heads();
        let sent = post(&mut ana, &first, &new("A new post")).unwrap();
        let at = "2030-01-02T10:00:00Z";
        hide_post(&mut ana, &leader, &first, &posts[1], "Off topic", at).unwrap();
        let settled = [
            "discussions",
            first.as_str(),
            "posts",
            posts[2].as_str(),
            "body",
        ];
        resolve_conflict(&mut ana, &leader, &settled, 0, at).unwrap();
        let touched = touched_since(&ana, &since);
        let only_posts = Touched::Only(
            [(
                first.as_str().to_owned(),
                Within::Posts(
                    [&sent, &posts[1], &posts[2]]
                        .map(|p| p.as_str().to_owned())
                        .into(),
                ),
            )]
            .into(),
        );
        // The decision is recorded outside the discussion; within it, only posts.
        assert_eq!(touched, only_posts);
        assert_eq!(
            conflicts_reusing(&ana, &previous, &touched),
            conflicts(&ana)
        );
        let unsettled: Vec<Conflict> = previous
            .iter()
            .filter(|c| c.path[3] != posts[2].as_str())
            .cloned()
            .collect();
        assert_eq!(conflicts(&ana), unsettled);

        // A post not named as touched is taken as it was: its settled conflict stays.
        let stale = Touched::Only(
            [(
                first.as_str().to_owned(),
                Within::Posts([sent.as_str().to_owned()].into()),
            )]
            .into(),
        );
        assert_eq!(conflicts_reusing(&ana, &previous, &stale), previous);
    }
}
