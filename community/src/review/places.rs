//! Where operations land: the path of map keys from the root to the entry an operation
//! changes, named in the method's vocabulary.

use std::collections::HashMap;
use std::rc::Rc;

use automerge::{Automerge, ObjId, ObjType, Prop, ReadDoc, legacy};

use super::{Place, field_name, subject};

/// Where an operation lands: the path of map keys from the root and the map entry
/// whose value it changes (for an edit inside a text, the text's entry).
pub(super) struct Located {
    pub keys: Vec<String>,
    /// The subject the keys name (`None`: bookkeeping), and the field inside it.
    pub placed: Option<subject::Placed>,
    pub field: String,
    /// The entries on the way, one per key: `(map, key)`.
    entries: Rc<Vec<Place>>,
    pub value: Place,
}

impl Located {
    fn new(keys: Vec<String>, entries: Rc<Vec<Place>>, value: Place) -> Self {
        let (placed, field) = {
            let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
            let placed = subject::classify(&keys);
            let field = placed
                .as_ref()
                .map(|p| field_name(&keys, p.depth))
                .unwrap_or_default();
            (placed, field)
        };
        Self {
            keys,
            placed,
            field,
            entries,
            value,
        }
    }

    /// The entry `depth` keys deep.
    pub fn at_depth(&self, depth: usize) -> Option<Place> {
        match depth.checked_sub(1) {
            Some(index) if index < self.entries.len() => Some(self.entries[index].clone()),
            Some(index) if index == self.entries.len() => Some(self.value.clone()),
            _ => None,
        }
    }
}

/// Paths of objects, found once each and kept (an object never moves). An object made
/// by a reviewed change gets its path from the operation that made it (its parent's
/// path and key): asking the document (`parents`) for each of the thousands of posts
/// and texts a long offline session makes was the largest part of the review's time
/// (measured in `benches/review.rs`). Only objects older than every reviewed change
/// are asked for.
#[derive(Default)]
pub(super) struct Places {
    objects: HashMap<legacy::ObjectId, Option<Rc<Object>>>,
}

struct Object {
    id: ObjId,
    keys: Vec<String>,
    entries: Rc<Vec<Place>>,
    /// For a text, where every edit inside it lands.
    text: Option<Rc<Located>>,
}

impl Object {
    fn new(id: ObjId, keys: Vec<String>, mut entries: Vec<Place>, is_text: bool) -> Option<Self> {
        let text = if is_text {
            let value = entries.pop()?;
            Some(Rc::new(Located::new(
                keys.clone(),
                Rc::new(entries.clone()),
                value,
            )))
        } else {
            None
        };
        Some(Self {
            id,
            keys,
            entries: Rc::new(entries),
            text,
        })
    }
}

impl Places {
    pub fn locate(&mut self, doc: &Automerge, op: &legacy::Op) -> Option<Rc<Located>> {
        let object = self.object(doc, &op.obj)?;
        if let Some(text) = &object.text {
            // An edit inside a text changes the text's entry in its map: the same place
            // for every character, located once.
            return Some(Rc::clone(text));
        }
        let legacy::Key::Map(key) = &op.key else {
            return None; // lists are not part of the schema
        };
        let mut keys = object.keys.clone();
        keys.push(key.to_string());
        Some(Rc::new(Located::new(
            keys,
            Rc::clone(&object.entries),
            Place {
                object: object.id.clone(),
                key: key.to_string(),
            },
        )))
    }

    /// Records the object `op` (a make operation with id `id`) made; returns its id.
    pub fn made(&mut self, doc: &Automerge, id: legacy::OpId, op: &legacy::Op) -> Option<ObjId> {
        let (Some(parent), legacy::Key::Map(key), legacy::OpType::Make(kind)) =
            (self.object(doc, &op.obj), &op.key, &op.action)
        else {
            return None;
        };
        if parent.text.is_some() {
            return None;
        }
        let (obj, _) = doc
            .import(&format!("{}@{}", id.counter(), id.actor()))
            .ok()?;
        let mut keys = parent.keys.clone();
        keys.push(key.to_string());
        let mut entries = parent.entries.as_ref().clone();
        entries.push(Place {
            object: parent.id.clone(),
            key: key.to_string(),
        });
        let made = Object::new(obj.clone(), keys, entries, *kind == ObjType::Text).map(Rc::new);
        self.objects.insert(legacy::ObjectId::Id(id), made);
        Some(obj)
    }

    fn object(&mut self, doc: &Automerge, id: &legacy::ObjectId) -> Option<Rc<Object>> {
        if let Some(known) = self.objects.get(id) {
            return known.clone();
        }
        let found = look_up(doc, id).map(Rc::new);
        self.objects.insert(id.clone(), found.clone());
        found
    }
}

fn look_up(doc: &Automerge, id: &legacy::ObjectId) -> Option<Object> {
    let obj = match id {
        legacy::ObjectId::Root => automerge::ROOT,
        legacy::ObjectId::Id(_) => doc.import(&id.to_string()).ok()?.0,
    };
    let is_text = doc.object_type(&obj).ok()? == ObjType::Text;
    let path = if obj == automerge::ROOT {
        Vec::new()
    } else {
        doc.parents(&obj).ok()?.path()
    };
    let mut keys = Vec::with_capacity(path.len());
    let mut entries = Vec::with_capacity(path.len());
    for (parent, prop) in path {
        let key = match prop {
            Prop::Map(key) => key,
            Prop::Seq(index) => index.to_string(),
        };
        keys.push(key.clone());
        entries.push(Place {
            object: parent,
            key,
        });
    }
    Object::new(obj, keys, entries, is_text)
}
