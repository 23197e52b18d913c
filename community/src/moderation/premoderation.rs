//! Pre-moderation: whether members' contributions to curated sections wait for a
//! moderator before they are published.

use automerge::{Automerge, ReadDoc};

use crate::discussions::require;
use crate::roles::Action;
use crate::{Call, CommunityError, MemberId, members, store};

const DESIGN: store::Path = &["design"];

/// Turns pre-moderation on or off; the leader's decision, like the call.
pub fn set_premoderation(
    doc: &mut Automerge,
    by: &MemberId,
    on: bool,
) -> Result<(), CommunityError> {
    store::write(doc, |tx| {
        require(tx, by, Action::SetPremoderation)?;
        let design = store::ensure_map(tx, DESIGN)?;
        store::put_scalar(tx, &design, "premoderation", on)
    })
}

/// Whether contributions wait for a moderator: the leader's choice if made, else on when
/// the call is public (strangers may join, so their contributions are read first) and
/// off for a restricted call or an undecided one.
pub fn premoderation<R: ReadDoc>(doc: &R) -> bool {
    store::containers(doc, DESIGN)
        .into_iter()
        .next()
        .and_then(|design| store::boolean(doc, &design, "premoderation"))
        .unwrap_or_else(|| members::read_call(doc) == Some(Call::Public))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::discussions::fixture::id;
    use crate::moderation::fixture::with_post;
    use crate::{Role, read, set_call};

    #[test]
    fn the_default_follows_the_call_until_the_leader_chooses() {
        let (mut doc, _, _) = with_post();
        assert!(!premoderation(&doc), "no call decided yet");
        set_call(&mut doc, Call::Public).unwrap();
        assert!(premoderation(&doc));
        assert!(read(&doc).unwrap().design.premoderation);
        set_call(&mut doc, Call::Restricted).unwrap();
        assert!(!premoderation(&doc));
        set_premoderation(&mut doc, &id("le"), true).unwrap();
        assert!(premoderation(&doc));
        set_call(&mut doc, Call::Public).unwrap();
        set_premoderation(&mut doc, &id("le"), false).unwrap();
        assert!(
            !premoderation(&doc),
            "the leader's choice beats the default"
        );
        assert!(!read(&doc).unwrap().design.premoderation);
    }

    #[test]
    fn only_the_leader_sets_pre_moderation() {
        let (mut doc, _, _) = with_post();
        let heads = doc.get_heads();
        for other in ["mo", "fa", "pa", "ghost"] {
            assert!(matches!(
                set_premoderation(&mut doc, &id(other), true),
                Err(CommunityError::NotAllowed { action, .. })
                    if action == Action::SetPremoderation.describe()
            ));
        }
        assert_eq!(doc.get_heads(), heads);
        assert_eq!(members::role_of(&doc, &id("le")), Some(Role::Leader));
        set_premoderation(&mut doc, &id("le"), true).unwrap();
        assert!(premoderation(&doc));
    }
}
