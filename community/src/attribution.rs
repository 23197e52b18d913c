//! Who made a change: every change a Praxis replica writes names its member.
//!
//! Automerge (0.12) carries an *author* in each change, separate from the actor id: a
//! replica signs its changes with [`sign_as`] and gets a fresh random actor, so two tabs
//! or devices of one member never share an actor (which would corrupt the history),
//! while every one of their changes still reads as that member's. The author travels
//! inside the change's bytes, so the relay, other members and a later reader see the
//! same attribution; peers that do not know authors (a stock JavaScript client) keep the
//! bytes untouched and their own changes read as [`Contributor::Unknown`].
//!
//! The author is the member id's UTF-8 bytes: the app's member id is derived from the
//! device's public key, and the relay can check a connection's changes against it.

use std::collections::BTreeMap;

use automerge::{ActorId, Author, Automerge, Change, ChangeHash};

use crate::MemberId;

/// The person a change is attributed to.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Contributor {
    Member(MemberId),
    /// A change written without a Praxis author (a stock automerge-repo peer, or a build
    /// from before attribution): named by the start of its actor id.
    Unknown(String),
}

impl Contributor {
    pub fn member(&self) -> Option<&MemberId> {
        match self {
            Self::Member(id) => Some(id),
            Self::Unknown(_) => None,
        }
    }

    /// A stable string for keys: the member id, or `?` and the actor prefix.
    pub fn key(&self) -> String {
        match self {
            Self::Member(id) => id.to_string(),
            Self::Unknown(actor) => format!("?{actor}"),
        }
    }
}

/// Makes every later change of `doc` carry `member` as its author. Changes the actor id
/// to a fresh random one when the author changes, as Automerge requires.
pub fn sign_as(doc: &mut Automerge, member: &MemberId) {
    doc.set_author(Some(author_bytes(member)));
}

/// The author Praxis writes for `member`.
pub fn author_bytes(member: &MemberId) -> Author<'static> {
    Author::from(member.as_str().as_bytes().to_vec())
}

/// Who wrote `change`, a change of `doc`. Automerge writes the author into an actor's
/// first change only and maps the actor's later changes to it, so the document is asked,
/// not the change alone.
pub fn contributor_of(doc: &Automerge, change: &Change) -> Contributor {
    contributor_of_actor(doc, change.actor_id())
}

/// Who wrote the operations of `actor` in `doc` (for a value's op id, as conflicts
/// give them).
pub fn contributor_of_actor(doc: &Automerge, actor: &ActorId) -> Contributor {
    match doc.get_author_for_actor(actor) {
        Some(author) => from_author(author.as_bytes(), actor),
        None => unknown(actor),
    }
}

/// How many changes each person made to the community, most first: participation
/// named by member, from the document's own history (change metadata only). Changes
/// from before attribution, or from peers that do not sign, are counted under their
/// actor.
pub fn participation(doc: &Automerge) -> Vec<(Contributor, usize)> {
    let mut tally = Participation::default();
    tally.update(doc);
    tally.counts()
}

/// [`participation`] kept up to date: [`Participation::update`] counts only the changes
/// made since its last call. A panel that shows participation while its person types
/// (a change per keystroke) would otherwise walk the whole history on every keystroke:
/// 6.6 ms each in the browser at 5,000 posts (docs/PERFORMANCE.md).
#[derive(Clone, Debug, Default)]
pub struct Participation {
    /// The heads counted up to: every change in their history is in `counts`.
    heads: Vec<ChangeHash>,
    counts: BTreeMap<Contributor, usize>,
    authors: BTreeMap<ActorId, Contributor>,
}

impl Participation {
    /// Count the changes of `doc` not counted yet. A document only grows, so the heads
    /// counted before are in its history; if they are not (another document, or one
    /// replaced by a reset replica), the count starts over.
    pub fn update(&mut self, doc: &Automerge) {
        if self
            .heads
            .iter()
            .any(|hash| doc.get_change_meta_by_hash(hash).is_none())
        {
            *self = Self::default();
        }
        for meta in doc.get_changes_meta(&self.heads) {
            let actor = meta.actor.into_owned();
            let who = self
                .authors
                .entry(actor)
                .or_insert_with_key(|actor| contributor_of_actor(doc, actor))
                .clone();
            *self.counts.entry(who).or_default() += 1;
        }
        self.heads = doc.get_heads();
    }

    /// Each person's count, most first.
    pub fn counts(&self) -> Vec<(Contributor, usize)> {
        let mut counts: Vec<(Contributor, usize)> = self
            .counts
            .iter()
            .map(|(who, n)| (who.clone(), *n))
            .collect();
        counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        counts
    }
}

fn from_author(bytes: &[u8], actor: &ActorId) -> Contributor {
    std::str::from_utf8(bytes)
        .ok()
        .and_then(|id| MemberId::new(id).ok())
        .map_or_else(|| unknown(actor), Contributor::Member)
}

fn unknown(actor: &ActorId) -> Contributor {
    let hex = actor.to_hex_string();
    Contributor::Unknown(hex.get(..8).unwrap_or(&hex).to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Role, create, set_member};

    fn id(s: &str) -> MemberId {
        MemberId::new(s).unwrap()
    }

    #[test]
    fn signed_changes_name_their_member_after_save_load_and_merge() {
        let mut doc = create("CoP to define indicators", "p").unwrap();
        sign_as(&mut doc, &id("ana"));
        set_member(&mut doc, &id("ana"), "Ana", Role::Leader).unwrap();
        let mut luis = Automerge::load(&doc.save()).unwrap();
        sign_as(&mut luis, &id("luis"));
        crate::set_title(&mut luis, "CoP to define telemedicine indicators").unwrap();
        doc.merge(&mut luis).unwrap();

        let reloaded = Automerge::load(&doc.save()).unwrap();
        let authors: Vec<Contributor> = reloaded
            .get_changes(&[])
            .iter()
            .map(|change| contributor_of(&reloaded, change))
            .collect();
        // The document's creation was unsigned; then one change by Ana, one by Luis.
        assert!(matches!(authors[0], Contributor::Unknown(_)));
        assert!(authors.contains(&Contributor::Member(id("ana"))));
        assert_eq!(authors.last(), Some(&Contributor::Member(id("luis"))));
        let luis_actor = luis.get_actor().clone();
        assert_eq!(
            contributor_of_actor(&reloaded, &luis_actor),
            Contributor::Member(id("luis"))
        );
    }

    #[test]
    fn participation_counts_each_members_changes_across_their_replicas() {
        let mut doc = create("CoP to define indicators", "p").unwrap();
        sign_as(&mut doc, &id("ana"));
        set_member(&mut doc, &id("ana"), "Ana", Role::Leader).unwrap();
        let mut phone = doc.fork();
        let mut laptop = doc.fork();
        sign_as(&mut phone, &id("luis"));
        sign_as(&mut laptop, &id("luis"));
        crate::set_problem(&mut phone, "Cases are found late").unwrap();
        crate::set_problem(&mut laptop, "Cases are found late in rural areas").unwrap();
        crate::set_title(&mut laptop, "CoP to define dengue indicators").unwrap();
        doc.merge(&mut phone).unwrap();
        doc.merge(&mut laptop).unwrap();
        let counts = participation(&doc);
        assert_eq!(counts[0], (Contributor::Member(id("luis")), 3));
        assert!(counts.contains(&(Contributor::Member(id("ana")), 1)));
        // The unsigned creation is counted apart, not given to anyone.
        assert!(
            counts
                .iter()
                .any(|(who, n)| matches!(who, Contributor::Unknown(_)) && *n == 1)
        );
    }

    #[test]
    fn participation_kept_up_to_date_counts_what_a_full_count_does() {
        let mut doc = create("CoP to define indicators", "p").unwrap();
        sign_as(&mut doc, &id("ana"));
        set_member(&mut doc, &id("ana"), "Ana", Role::Leader).unwrap();
        let mut tally = Participation::default();
        tally.update(&doc);
        assert_eq!(tally.counts(), participation(&doc));

        // Local changes, then a replica's changes made concurrently with them.
        let mut luis = doc.fork();
        sign_as(&mut luis, &id("luis"));
        crate::set_problem(&mut doc, "Cases are found late").unwrap();
        tally.update(&doc);
        crate::set_title(&mut luis, "CoP to define dengue indicators").unwrap();
        crate::set_problem(&mut luis, "Cases are found late in rural areas").unwrap();
        doc.merge(&mut luis).unwrap();
        tally.update(&doc);
        tally.update(&doc); // nothing new: nothing counted twice
        assert_eq!(tally.counts(), participation(&doc));
        assert!(
            tally
                .counts()
                .contains(&(Contributor::Member(id("luis")), 2))
        );
        assert!(
            tally
                .counts()
                .contains(&(Contributor::Member(id("ana")), 2))
        );

        // Another document (heads it does not have): counted afresh.
        let other = create("CoP on vaccination", "p").unwrap();
        tally.update(&other);
        assert_eq!(tally.counts(), participation(&other));
    }

    #[test]
    fn two_replicas_of_one_member_get_different_actors() {
        let mut tab1 = Automerge::new();
        let mut tab2 = Automerge::new();
        sign_as(&mut tab1, &id("ana"));
        sign_as(&mut tab2, &id("ana"));
        assert_ne!(tab1.get_actor(), tab2.get_actor());
    }

    #[test]
    fn an_author_that_is_not_a_member_id_reads_as_unknown() {
        let mut doc = Automerge::new().with_author(Some(Author::from(vec![0xff, 0x00])));
        doc.transact::<_, _, automerge::AutomergeError>(|tx| {
            use automerge::transaction::Transactable;
            tx.put(automerge::ROOT, "x", 1)?;
            Ok(())
        })
        .unwrap();
        let change = doc.get_last_local_change().unwrap().clone();
        assert!(matches!(
            contributor_of(&doc, &change),
            Contributor::Unknown(_)
        ));
    }
}
