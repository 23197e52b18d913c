//! The relay's access decisions never drift from the roster: a seeded random walk of
//! roster operations (members added, removed and given other roles, registrations sent,
//! confirmed and declined, invitations made, redeemed and revoked, the call opened and
//! closed) applied by the leader and synced; after every step, what the relay actually
//! answers each of four candidates equals a model computed from the leader's roster and
//! the grants outstanding.
//!
//! `PRAXIS_DRIFT_SEED` replays one walk (the seeds are printed), `PRAXIS_DRIFT_STEPS`
//! makes them longer.

mod support;

use std::collections::BTreeMap;

use community::{Call, MemberId, Role};
use futures::SinkExt as _;
use support::{
    Identity, Member, TestRelay, bearer, http, json, next_message, raw_peer_at, request,
};
use sync_protocol::DocumentId;
use sync_protocol::message::WireMessage;
use tokio_tungstenite::tungstenite::Message;

/// xorshift64*: replayable from its seed.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        let next = self.0.wrapping_mul(0x2545_F491_4F6C_DD1D);
        usize::try_from(next % n as u64).expect("small")
    }
}

struct Candidate {
    identity: Identity,
    credential: String,
}

/// The model: the roster as the leader sees it, and the grants the relay should hold.
struct Model {
    grants: BTreeMap<MemberId, String>,
}

impl Model {
    fn allows(&self, leader: &Member, id: &DocumentId, member: &MemberId) -> bool {
        let doc = leader.repo.document(id).expect("the leader has it");
        let access = community::roster_access(doc);
        access.roles.contains_key(member)
            || access.call == Some(Call::Public)
            || self.grants.contains_key(member)
    }

    /// After a round that changed the document: the roster now speaks for members on
    /// it and for those turned down.
    fn roster_changed(&mut self, leader: &Member, id: &DocumentId) {
        let access = community::roster_access(leader.repo.document(id).expect("held"));
        self.grants.retain(|member, _| {
            !access.roles.contains_key(member) && !access.declined.contains(member)
        });
    }
}

/// What the relay answers the candidate's request: the community, or nothing.
async fn relay_allows(relay: &TestRelay, candidate: &Candidate, id: DocumentId) -> bool {
    let mut socket = raw_peer_at(&relay.url_with(&candidate.credential), "candidate").await;
    socket
        .send(Message::binary(request("candidate", id)))
        .await
        .unwrap();
    match next_message(&mut socket).await {
        WireMessage::Sync { .. } => true,
        WireMessage::DocUnavailable { .. } => false,
        other => panic!("unexpected answer {other:?}"),
    }
}

async fn walk(seed: u64, steps: usize) {
    let data = tempfile::tempdir().unwrap();
    let relay = TestRelay::start(data.path()).await;
    let id = DocumentId::from_bytes([0xd7; 16]);
    let mut leader = Member::online("leader", &relay).await;
    leader.create(id, "Drift").await;
    let leader_id = leader.id();
    let leader_credential = leader.credential.clone().unwrap();
    let mut candidates = Vec::new();
    for _ in 0..4 {
        let identity = Identity::generate();
        let credential = identity.sign_in(relay.addr).await;
        candidates.push(Candidate {
            identity,
            credential,
        });
    }
    let mut model = Model {
        grants: BTreeMap::new(),
    };
    let mut invitations: Vec<String> = Vec::new();
    let mut rng = Rng(seed | 1);
    let mut log = Vec::new();
    for step in 0..steps {
        let who = rng.below(candidates.len());
        let member = candidates[who].identity.member.clone();
        let access = community::roster_access(leader.repo.document(&id).unwrap());
        let role = Role::ALL[rng.below(Role::ALL.len())];
        let mut edited = true;
        match rng.below(8) {
            0 => {
                log.push(format!("add {who} as {role:?}"));
                leader.edit(&id, |doc| {
                    community::set_member(doc, &member, "Someone", role)
                });
            }
            1 if access.roles.contains_key(&member) => {
                log.push(format!("remove {who}"));
                leader.edit(&id, |doc| community::remove_member(doc, &member));
            }
            2 if access.roles.contains_key(&member) => {
                log.push(format!("{who} becomes {role:?}"));
                leader.edit(&id, |doc| community::set_role(doc, &member, role));
            }
            3 => {
                log.push(format!("{who} registers"));
                let form = community::RegistrationForm {
                    member: member.clone(),
                    name: "Someone".into(),
                    institution: String::new(),
                    country: String::new(),
                    expertise: String::new(),
                    interests: String::new(),
                    consent: true,
                };
                leader.edit(&id, |doc| community::register(doc, &form).map(drop));
            }
            4 => {
                let pending: Vec<_> = community::read(leader.repo.document(&id).unwrap())
                    .unwrap()
                    .implementation
                    .registrations
                    .into_iter()
                    .filter(|r| r.state == Some(community::RegistrationState::Pending))
                    .collect();
                if pending.is_empty() {
                    edited = false;
                } else {
                    let registration = &pending[rng.below(pending.len())];
                    let decision = if rng.below(2) == 0 {
                        community::Decision::Confirm
                    } else {
                        community::Decision::Decline
                    };
                    log.push(format!("{decision:?} {}", registration.form.member));
                    leader.edit(&id, |doc| {
                        community::decide_registration(doc, &registration.id, &leader_id, decision)
                    });
                }
            }
            5 => {
                edited = false;
                let (status, body) = http(
                    relay.addr,
                    "POST",
                    &format!("/api/communities/{id}/invitations"),
                    &bearer(&leader_credential),
                    r#"{"uses":null}"#,
                )
                .await;
                assert_eq!(status, 201, "{body}");
                let invitation = json(&body);
                let invitation_id = invitation["id"].as_str().unwrap().to_owned();
                invitations.push(invitation_id.clone());
                let redeem = serde_json::json!({
                    "document": id.to_string(),
                    "token": invitation["token"],
                });
                let (status, body) = http(
                    relay.addr,
                    "POST",
                    "/api/invitations/redeem",
                    &bearer(&candidates[who].credential),
                    &redeem.to_string(),
                )
                .await;
                log.push(format!("{who} redeems {invitation_id}"));
                if model.allows(&leader, &id, &member) {
                    assert_eq!(status, 200, "{body}");
                } else if access.declined.contains(&member) {
                    // A link does not overturn the leaders' decision.
                    assert_eq!(status, 403, "{body}");
                } else {
                    assert_eq!(status, 200, "{body}");
                    model.grants.insert(member.clone(), invitation_id);
                }
            }
            6 if !invitations.is_empty() => {
                edited = false;
                let invitation = invitations.swap_remove(rng.below(invitations.len()));
                let (status, _) = http(
                    relay.addr,
                    "DELETE",
                    &format!("/api/communities/{id}/invitations/{invitation}"),
                    &bearer(&leader_credential),
                    "",
                )
                .await;
                assert_eq!(status, 204);
                log.push(format!("revoke {invitation}"));
                model.grants.retain(|granted, from| {
                    *from != invitation || access.roles.contains_key(granted)
                });
            }
            7 => {
                let call = if rng.below(2) == 0 {
                    Call::Public
                } else {
                    Call::Restricted
                };
                log.push(format!("call {call:?}"));
                leader.edit(&id, |doc| community::set_call(doc, call));
            }
            _ => edited = false,
        }
        if edited {
            leader
                .sync_until("the leader's change reaches the relay", Member::is_synced)
                .await;
            model.roster_changed(&leader, &id);
        }
        for (n, candidate) in candidates.iter().enumerate() {
            let expected = model.allows(&leader, &id, &candidate.identity.member);
            let actual = relay_allows(&relay, candidate, id).await;
            assert_eq!(
                actual,
                expected,
                "seed {seed}, step {step}, candidate {n}: the relay says {actual}, the roster and grants say {expected}; steps:\n{}",
                log.join("\n")
            );
        }
    }
    relay.stop().await;
}

#[tokio::test]
async fn the_relays_decisions_follow_the_roster_and_grants_through_random_changes() {
    let steps = std::env::var("PRAXIS_DRIFT_STEPS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(30);
    let seeds: Vec<u64> = match std::env::var("PRAXIS_DRIFT_SEED") {
        Ok(seed) => vec![seed.parse().expect("a number")],
        Err(_) => {
            let base = u64::from(
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .expect("after 1970")
                    .subsec_nanos(),
            );
            (0..3).map(|n| base.wrapping_add(n * 7919)).collect()
        }
    };
    for seed in seeds {
        println!("drift walk: PRAXIS_DRIFT_SEED={seed}, {steps} steps");
        walk(seed, steps).await;
    }
}
