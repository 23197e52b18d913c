//! Sign-in challenges: random, single use, short-lived, and bounded in number, kept in
//! memory only (a relay restart just means asking for a new one).

use std::collections::{BTreeMap, HashMap};
use std::time::{Duration, Instant};

use super::{AuthError, encode, random};

/// How long a challenge may be answered.
pub const CHALLENGE_LIFETIME: Duration = Duration::from_secs(120);

/// The outstanding challenges.
pub struct Challenges {
    /// Challenge → (issue order, issued at).
    open: HashMap<String, (u64, Instant)>,
    /// Issue order → challenge, to evict the oldest first.
    by_age: BTreeMap<u64, String>,
    next: u64,
    limit: usize,
}

impl Challenges {
    /// At most `limit` outstanding at once: one more evicts the oldest, so a flood of
    /// requests costs bounded memory and only delays the flooder's own sign-ins.
    pub fn new(limit: usize) -> Self {
        Self {
            open: HashMap::new(),
            by_age: BTreeMap::new(),
            next: 0,
            limit: limit.max(1),
        }
    }

    /// A new challenge: 32 random bytes, base64url.
    pub fn issue(&mut self, now: Instant) -> String {
        self.expire(now);
        while self.open.len() >= self.limit {
            match self.by_age.pop_first() {
                Some((_, oldest)) => {
                    self.open.remove(&oldest);
                }
                None => break,
            }
        }
        let challenge = encode(&random::<32>());
        self.open.insert(challenge.clone(), (self.next, now));
        self.by_age.insert(self.next, challenge.clone());
        self.next += 1;
        challenge
    }

    /// Uses up a challenge; fails if it was never issued, has expired, was evicted or
    /// was used already.
    pub fn take(&mut self, challenge: &str, now: Instant) -> Result<(), AuthError> {
        let (order, issued) = self.open.remove(challenge).ok_or(AuthError::Challenge)?;
        self.by_age.remove(&order);
        if now.duration_since(issued) > CHALLENGE_LIFETIME {
            return Err(AuthError::Challenge);
        }
        Ok(())
    }

    /// How many may still be answered.
    pub fn outstanding(&self) -> usize {
        self.open.len()
    }

    fn expire(&mut self, now: Instant) {
        while let Some((&order, challenge)) = self.by_age.first_key_value() {
            let expired = self
                .open
                .get(challenge)
                .is_none_or(|(_, issued)| now.duration_since(*issued) > CHALLENGE_LIFETIME);
            if !expired {
                break;
            }
            self.open.remove(challenge);
            self.by_age.remove(&order);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_challenge_is_used_once() {
        let mut challenges = Challenges::new(10);
        let now = Instant::now();
        let challenge = challenges.issue(now);
        assert_eq!(
            super::super::decode::<32>(&challenge, "challenge")
                .unwrap()
                .len(),
            32
        );
        assert!(challenges.take(&challenge, now).is_ok());
        assert!(matches!(
            challenges.take(&challenge, now),
            Err(AuthError::Challenge)
        ));
        assert!(matches!(
            challenges.take("never issued", now),
            Err(AuthError::Challenge)
        ));
    }

    #[test]
    fn a_challenge_expires_after_two_minutes() {
        let mut challenges = Challenges::new(10);
        let now = Instant::now();
        let late = challenges.issue(now);
        let in_time = challenges.issue(now);
        assert!(challenges.take(&in_time, now + CHALLENGE_LIFETIME).is_ok());
        let after = now + CHALLENGE_LIFETIME + Duration::from_secs(1);
        assert!(matches!(
            challenges.take(&late, after),
            Err(AuthError::Challenge)
        ));
        // Expired ones are dropped when the next is issued.
        challenges.issue(now);
        challenges.issue(after);
        assert_eq!(challenges.outstanding(), 1);
    }

    #[test]
    fn the_oldest_is_evicted_beyond_the_limit() {
        let mut challenges = Challenges::new(3);
        let now = Instant::now();
        let issued: Vec<String> = (0..5).map(|_| challenges.issue(now)).collect();
        assert_eq!(challenges.outstanding(), 3);
        for evicted in &issued[..2] {
            assert!(matches!(
                challenges.take(evicted, now),
                Err(AuthError::Challenge)
            ));
        }
        // Taking one frees its place without evicting another.
        assert!(challenges.take(&issued[3], now).is_ok());
        let newest = challenges.issue(now);
        for kept in [&issued[2], &issued[4], &newest] {
            assert!(challenges.take(kept, now).is_ok());
        }
    }
}
