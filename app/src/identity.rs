//! This device's identity: an Ed25519 key pair the browser makes (WebCrypto), kept in
//! IndexedDB with its private half non-extractable, so no script (ours included) can
//! ever read it, only sign with it. The member id is derived from the public key, so
//! nobody can take another member's place in a roster without that device.
//!
//! Loaded once, before the app mounts: every page needs "me" synchronously.

use std::cell::{Cell, OnceCell};

use community::MemberId;
use js_sys::{Array, ArrayBuffer, Reflect, Uint8Array};
use rexie::{ObjectStore, Rexie, TransactionMode};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

const DB_NAME: &str = "praxis-identity";
const DB_VERSION: u32 = 1;
const STORE: &str = "device";
const KEY: &str = "key";
const ALGORITHM: &str = "Ed25519";

/// Who this device is.
pub struct Identity {
    pub member: MemberId,
    /// `None` when this browser cannot make or keep a device key: the app still works
    /// on this device, but the relay cannot authenticate it, so it does not sync.
    key: Option<DeviceKey>,
}

struct DeviceKey {
    private: CryptoKey,
    public_raw: Vec<u8>,
}

/// Why there is no device key.
#[derive(Debug)]
pub struct IdentityError(String);

impl std::fmt::Display for IdentityError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<JsValue> for IdentityError {
    fn from(value: JsValue) -> Self {
        Self(
            value
                .as_string()
                .or_else(|| {
                    value
                        .dyn_ref::<js_sys::Error>()
                        .map(|e| String::from(e.message()))
                })
                .unwrap_or_else(|| format!("{value:?}")),
        )
    }
}

impl From<rexie::Error> for IdentityError {
    fn from(value: rexie::Error) -> Self {
        Self(value.to_string())
    }
}

thread_local! {
    static IDENTITY: OnceCell<Identity> = const { OnceCell::new() };
    static PROBLEM: OnceCell<String> = const { OnceCell::new() };
    /// Set when [`load`] made this device's key: a device's first visit, so nothing is
    /// stored on it yet.
    static MADE_THIS_VISIT: Cell<bool> = const { Cell::new(false) };
}

/// Loads this device's key, or makes one on the first visit. When the browser cannot
/// make or keep one (no Ed25519 in WebCrypto, storage blocked), "me" falls back to this
/// browser's stored peer id and [`problem`] says why.
pub async fn load() {
    let (identity, problem) = match load_or_create().await {
        Ok(key) => match member_id_of(&key.public_raw).await {
            Ok(member) => (
                Identity {
                    member,
                    key: Some(key),
                },
                None,
            ),
            Err(error) => (fallback(), Some(error)),
        },
        Err(error) => (fallback(), Some(error)),
    };
    // Loaded once, before mounting; a second call keeps the first identity.
    IDENTITY.with(|cell| {
        let _ = cell.set(identity);
    });
    if let Some(problem) = problem {
        PROBLEM.with(|cell| {
            let _ = cell.set(problem.to_string());
        });
    }
}

/// Whether this device's key was made by this page load: its first visit. The key and the
/// documents are both in this site's IndexedDB, and go together when its data is cleared.
pub fn made_this_visit() -> bool {
    MADE_THIS_VISIT.with(Cell::get)
}

/// Why this device has no key, if it has none.
pub fn problem() -> Option<String> {
    PROBLEM.with(|cell| cell.get().cloned())
}

fn fallback() -> Identity {
    let peer = crate::ids::peer_id().to_string();
    Identity {
        member: MemberId::new(peer)
            .unwrap_or_else(|_| MemberId::new("unknown-member").expect("a valid constant id")),
        key: None,
    }
}

/// This device's member id. Valid after [`load`]; before it, a placeholder nobody holds.
pub fn me() -> MemberId {
    IDENTITY
        .with(|cell| cell.get().map(|identity| identity.member.clone()))
        .unwrap_or_else(|| MemberId::new("unknown-member").expect("a valid constant id"))
}

/// The raw public key, when this device has a key.
pub fn public_key() -> Option<Vec<u8>> {
    IDENTITY.with(|cell| {
        cell.get()
            .and_then(|identity| identity.key.as_ref())
            .map(|key| key.public_raw.clone())
    })
}

/// Signs `message` with this device's private key.
pub async fn sign(message: &[u8]) -> Result<Vec<u8>, IdentityError> {
    let private = IDENTITY
        .with(|cell| {
            cell.get()
                .and_then(|identity| identity.key.as_ref())
                .map(|key| key.private.clone())
        })
        .ok_or_else(|| IdentityError("this browser has no device key".into()))?;
    let signed =
        JsFuture::from(subtle()?.sign_with_str_and_u8_array(ALGORITHM, &private, message)?).await?;
    Ok(bytes_of(&signed))
}

/// The member id of a public key: the first 16 bytes of its SHA-256, in hex (the
/// relay derives it the same way).
async fn member_id_of(public_raw: &[u8]) -> Result<MemberId, IdentityError> {
    let digest =
        JsFuture::from(subtle()?.digest_with_str_and_u8_array("SHA-256", public_raw)?).await?;
    let hex: String = bytes_of(&digest)[..16]
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect();
    MemberId::new(hex).map_err(|error| IdentityError(error.to_string()))
}

async fn load_or_create() -> Result<DeviceKey, IdentityError> {
    let db = Rexie::builder(DB_NAME)
        .version(DB_VERSION)
        .add_object_store(ObjectStore::new(STORE))
        .build()
        .await?;
    if let Some(pair) = stored_pair(&db).await? {
        return device_key(&pair).await;
    }
    let pair = generate().await?;
    // `add`, not `put`: two tabs opening at once on a first visit must end with one key.
    let added = {
        let tx = db.transaction(&[STORE], TransactionMode::ReadWrite)?;
        let added = tx
            .store(STORE)?
            .add(&pair, Some(&JsValue::from_str(KEY)))
            .await;
        match added {
            Ok(_) => tx.done().await.map(|_| true),
            Err(_) => Ok(false),
        }
    };
    match added {
        Ok(true) => {
            MADE_THIS_VISIT.with(|made| made.set(true));
            device_key(&pair).await
        }
        _ => match stored_pair(&db).await? {
            Some(pair) => device_key(&pair).await,
            None => Err(IdentityError("the device key could not be stored".into())),
        },
    }
}

async fn stored_pair(db: &Rexie) -> Result<Option<JsValue>, IdentityError> {
    let tx = db.transaction(&[STORE], TransactionMode::ReadOnly)?;
    let pair = tx.store(STORE)?.get(JsValue::from_str(KEY)).await?;
    Ok(pair.filter(|pair| !pair.is_undefined() && !pair.is_null()))
}

async fn generate() -> Result<JsValue, IdentityError> {
    let usages = Array::of2(&"sign".into(), &"verify".into());
    // Not extractable: the private key can sign but never be read, by us or anyone.
    let pair = JsFuture::from(subtle()?.generate_key_with_str(ALGORITHM, false, &usages)?).await?;
    Ok(pair)
}

async fn device_key(pair: &JsValue) -> Result<DeviceKey, IdentityError> {
    let private: CryptoKey = Reflect::get(pair, &"privateKey".into())?.dyn_into()?;
    let public: CryptoKey = Reflect::get(pair, &"publicKey".into())?.dyn_into()?;
    // A public key is always exportable, whatever `extractable` said.
    let raw = JsFuture::from(subtle()?.export_key("raw", &public)?).await?;
    Ok(DeviceKey {
        private,
        public_raw: bytes_of(&raw),
    })
}

fn subtle() -> Result<SubtleCrypto, IdentityError> {
    let window = web_sys::window().ok_or_else(|| IdentityError("no window".into()))?;
    Ok(window.crypto()?.subtle())
}

fn bytes_of(buffer: &JsValue) -> Vec<u8> {
    buffer
        .dyn_ref::<ArrayBuffer>()
        .map(|buffer| Uint8Array::new(buffer).to_vec())
        .unwrap_or_default()
}
