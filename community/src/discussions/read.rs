//! Reading discussions: plans, the post tree, summaries and the closing.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::Arc;

use automerge::{ObjId, ObjType, ReadDoc, Value};

use super::{DISCUSSIONS, DiscussionStage, Guidelines, Schedule};
use crate::moderation::{Hidden, Returned};
use crate::{ActionItemId, DiscussionId, MemberId, PostId, SubgroupId, SummaryId, store};

/// A discussion as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Discussion {
    pub id: DiscussionId,
    pub title: String,
    pub objective: String,
    /// The guiding question or initial text as first planned.
    pub question: String,
    pub created_by: MemberId,
    pub guidelines: Guidelines,
    /// `None` when the stored value is unknown to this build.
    pub stage: Option<DiscussionStage>,
    pub schedule: Schedule,
    /// In the order they were added.
    pub subgroups: Vec<Subgroup>,
    /// Threads: posts without a parent, each with its replies beneath it; siblings are
    /// ordered by creation time, then id. Shared: a re-read keeps every post (and
    /// thread) a change did not touch, so copying, comparing and indexing a discussion
    /// after a change costs what changed, not its size (`crate::reread`).
    pub posts: Vec<Arc<Post>>,
    /// Oldest first; the last one is pinned.
    pub restatements: Vec<Restatement>,
    /// In the order they were posted.
    pub summaries: Vec<InterimSummary>,
    /// Sorted by member id.
    pub participants: Vec<ParticipantNote>,
    pub closing: Closing,
}

impl Discussion {
    /// The question to show pinned: the newest restatement, else the planned question.
    pub fn pinned_question(&self) -> &str {
        self.restatements
            .last()
            .map_or(self.question.as_str(), |r| r.text.as_str())
    }

    /// How many posts were written after the newest interim summary (every post when
    /// there is none): how long the debate has grown since it was last summarised.
    /// Moments compare as the stored strings, which orders them when clients write the
    /// same ISO format (the app writes UTC date-times).
    pub fn posts_since_last_summary(&self) -> usize {
        let last = self.summaries.iter().map(|s| s.at.as_str()).max();
        self.all_posts()
            .iter()
            .filter(|p| last.is_none_or(|last| p.created.as_str() > last))
            .count()
    }

    /// Every post, depth first in thread order (shared: see `posts`).
    pub fn all_posts(&self) -> Vec<&Arc<Post>> {
        fn visit<'a>(posts: &'a [Arc<Post>], out: &mut Vec<&'a Arc<Post>>) {
            for post in posts {
                out.push(post);
                visit(&post.replies, out);
            }
        }
        let mut out = Vec::new();
        visit(&self.posts, &mut out);
        out
    }
}

/// A virtual group of participants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subgroup {
    pub id: SubgroupId,
    pub name: String,
    /// Sorted by member id.
    pub members: Vec<MemberId>,
}

/// A post with its replies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Post {
    pub id: PostId,
    pub author: MemberId,
    pub body: String,
    pub created: String,
    pub parent: Option<PostId>,
    pub replies: Vec<Arc<Post>>,
    /// Set while a moderator hides the post; the post stays in the tree (its author
    /// and the moderators see it and why), and the UI decides what others see.
    pub hidden: Option<Hidden>,
    /// Set while the post is returned to its author for changes.
    pub returned: Option<Returned>,
}

impl Post {
    /// Where the post sorts among its siblings: by creation time, then id.
    pub(crate) fn order(&self) -> (&str, &PostId) {
        (&self.created, &self.id)
    }
}

/// One restatement of the guiding question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restatement {
    pub text: String,
    pub by: MemberId,
    pub at: String,
}

/// A summary posted while the debate goes on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterimSummary {
    pub id: SummaryId,
    pub text: String,
    /// The posts it draws on, sorted by id.
    pub posts: Vec<PostId>,
    pub by: MemberId,
    pub at: String,
}

/// What the moderator recorded of one participant's knowledge and interests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParticipantNote {
    pub member: MemberId,
    pub notes: String,
}

/// The discussion's closing; empty until the moderator writes it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Closing {
    /// The articulated summary of interventions.
    pub summary: String,
    /// The posts the summary draws on, sorted by id.
    pub posts: Vec<PostId>,
    pub closed_by: Option<MemberId>,
    pub closed_at: Option<String>,
    /// Linked action-plan items, sorted by id.
    pub follow_ups: Vec<ActionItemId>,
}

pub(crate) fn read_discussions<R: ReadDoc>(doc: &R) -> Vec<Discussion> {
    collect_discussions(doc, |id, entry| read_discussion(doc, id, entry))
}

/// [`read_discussions`], also naming the posts read whose maps hold no concurrent
/// values: the conflicts walk need not look into those again (`crate::read_with_conflicts`).
pub(crate) fn read_discussions_noting_clean<R: ReadDoc>(
    doc: &R,
) -> (Vec<Discussion>, HashSet<ObjId>) {
    let mut clean = HashSet::new();
    let discussions = collect_discussions(doc, |id, entry| {
        read_discussion_with(doc, id, entry, &|_| None, &mut |post| {
            clean.insert(post.clone());
        })
    });
    (discussions, clean)
}

/// [`read_discussions`], reading again only what `touched` names (discussions, or posts
/// within one) and taking the rest from `previous` (see `crate::reread`). What it takes
/// is shared, not copied: an untouched post, and a thread nothing in which was touched,
/// is the same `Arc` as before.
pub(crate) fn read_discussions_reusing<R: ReadDoc>(
    doc: &R,
    previous: &[Discussion],
    touched: &crate::Touched,
) -> Vec<Discussion> {
    collect_discussions(doc, |id, entry| {
        let before = previous.iter().find(|d| d.id.as_str() == id);
        match (touched.discussion(id), before) {
            (None, Some(before)) => before.clone(),
            (Some(within), Some(before)) => {
                if let crate::Within::Posts(posts) = within
                    && let Some(posts) = repost(doc, entry, &before.posts, posts)
                {
                    // Nothing but these posts changed: the rest is as read before.
                    return Discussion {
                        posts,
                        ..before.clone()
                    };
                }
                let reusable = flatten(&before.posts);
                read_discussion_with(
                    doc,
                    id,
                    entry,
                    &|post| {
                        (!within.post(post))
                            .then(|| reusable.get(post).copied())
                            .flatten()
                    },
                    &mut |_| {},
                )
            }
            (_, None) => read_discussion(doc, id, entry),
        }
    })
}

/// The post tree as read before with the posts `touched` read again and put in their
/// place, sharing everything else: a sent post or an edit costs its thread's path, not
/// the discussion's size (sorting and placing 5,000 posts again was most of a send in
/// Chromium). `None` when the change is not a plain edit or addition (a post removed, a
/// parent not found, a thread that deep, an orphan that may now find its parent): the
/// caller reads the tree whole, which handles every case.
fn repost<R: ReadDoc>(
    doc: &R,
    entry: &ObjId,
    before: &[Arc<Post>],
    touched: &BTreeSet<String>,
) -> Option<Vec<Arc<Post>>> {
    if before.iter().any(|root| root.parent.is_some()) {
        return None;
    }
    let posts = match doc.get(entry, super::POSTS).ok()?? {
        (Value::Object(ObjType::Map), posts) => posts,
        _ => return None,
    };
    let mut pending = Vec::new();
    for id in touched {
        let post = match doc.get(&posts, id.as_str()).ok()?? {
            (Value::Object(ObjType::Map), post) => post,
            _ => return None,
        };
        pending.push(read_post(doc, id.clone(), &post, &mut |_| {}));
    }
    let mut tree = before.to_vec();
    // A reply may come before the new post it answers: place what can be placed until
    // nothing more can.
    while !pending.is_empty() {
        let waiting = pending.len();
        for post in std::mem::take(&mut pending) {
            if let Some(post) = place(&mut tree, post) {
                pending.push(post);
            }
        }
        if pending.len() == waiting {
            return None;
        }
    }
    Some(tree)
}

/// Puts `post` (read now, its replies left empty) in `tree`: in place of the post with
/// its id, or among its parent's replies. Gives the post back when it cannot be placed
/// so: its parent is not (yet) in the tree, the thread is too deep to nest it, or it
/// names another parent or time than before (which no edit does).
fn place(tree: &mut Vec<Arc<Post>>, post: Post) -> Option<Post> {
    if let Some(path) = path_to(tree, &post.id) {
        let (at, parents) = path.split_last().expect("a path names its post");
        let mut post = Some(post);
        within(tree, parents, &mut |list| {
            let old = &list[*at];
            let new = post.take().expect("placed once");
            if old.parent != new.parent || old.created != new.created {
                return Some(new);
            }
            list[*at] = Arc::new(Post {
                replies: old.replies.clone(),
                ..new
            });
            None
        })
    } else {
        let parents = match &post.parent {
            None => Vec::new(),
            Some(parent) if *parent == post.id => return Some(post),
            Some(parent) => match path_to(tree, parent) {
                Some(path) if path.len() < MAX_DEPTH => path,
                _ => return Some(post),
            },
        };
        let mut post = Some(post);
        within(tree, &parents, &mut |list| {
            let new = post.take().expect("placed once");
            let at = list.partition_point(|p| p.order() < new.order());
            list.insert(at, Arc::new(new));
            None
        })
    }
}

/// Runs `f` on the replies of the post at `path` (indices from the roots; the roots
/// themselves for an empty path), making new every post along the way (the ones read
/// before stay as they were).
fn within<T>(
    list: &mut Vec<Arc<Post>>,
    path: &[usize],
    f: &mut dyn FnMut(&mut Vec<Arc<Post>>) -> T,
) -> T {
    match path.split_first() {
        None => f(list),
        Some((at, rest)) => within(&mut Arc::make_mut(&mut list[*at]).replies, rest, f),
    }
}

/// Where post `id` is in the tree, as indices from the roots.
fn path_to(posts: &[Arc<Post>], id: &PostId) -> Option<Vec<usize>> {
    for (at, post) in posts.iter().enumerate() {
        if post.id == *id {
            return Some(vec![at]);
        }
        if let Some(mut path) = path_to(&post.replies, id) {
            path.insert(0, at);
            return Some(path);
        }
    }
    None
}

/// Every post of a thread by id (replies included), as read before.
fn flatten(posts: &[Arc<Post>]) -> HashMap<&str, &Arc<Post>> {
    let mut all = HashMap::new();
    let mut pending: Vec<&Arc<Post>> = posts.iter().collect();
    while let Some(post) = pending.pop() {
        all.insert(post.id.as_str(), post);
        pending.extend(&post.replies);
    }
    all
}

/// Every discussion, as `read` gives it, in the order they were planned.
fn collect_discussions<R: ReadDoc>(
    doc: &R,
    mut read: impl FnMut(&str, &ObjId) -> Discussion,
) -> Vec<Discussion> {
    let mut items: Vec<_> = store::entries(doc, DISCUSSIONS)
        .into_iter()
        .map(|(id, entry)| {
            let discussion = read(&id, &entry);
            (
                store::int(doc, &entry, "position").unwrap_or(0),
                id,
                discussion,
            )
        })
        .collect();
    store::sort_by_position(&mut items);
    items.into_iter().map(|(_, _, d)| d).collect()
}

fn read_discussion<R: ReadDoc>(doc: &R, id: &str, entry: &ObjId) -> Discussion {
    read_discussion_with(doc, id, entry, &|_| None, &mut |_| {})
}

/// A discussion, taking each post `reuse` gives (as read before) instead of reading it,
/// and telling `clean` each post it read with no concurrent values in its map (or in
/// the marks inside it).
fn read_discussion_with<'p, R: ReadDoc>(
    doc: &R,
    id: &str,
    entry: &ObjId,
    reuse: &dyn Fn(&str) -> Option<&'p Arc<Post>>,
    clean: &mut dyn FnMut(&ObjId),
) -> Discussion {
    let fields = Fields::of(doc, entry);
    let guidelines = fields
        .map("guidelines")
        .map_or_else(Guidelines::default, |map| {
            let map = Fields::of(doc, &map);
            Guidelines {
                language: map.string("language"),
                max_words: map
                    .int("max_words")
                    .and_then(|n| u32::try_from(n).ok())
                    .filter(|n| *n > 0),
                addressing: map.text("addressing"),
            }
        });
    let schedule = fields
        .map("schedule")
        .map_or_else(Schedule::default, |map| {
            let map = Fields::of(doc, &map);
            let date = |stage: DiscussionStage| map.string(stage.key()).parse().ok();
            Schedule {
                planned: date(DiscussionStage::Planned),
                open: date(DiscussionStage::Open),
                closing: date(DiscussionStage::Closing),
                closed: date(DiscussionStage::Closed),
            }
        });
    let closing = fields.map("closing").map_or_else(Closing::default, |map| {
        let map = Fields::of(doc, &map);
        Closing {
            summary: map.text("summary"),
            posts: map.keys("posts").map(PostId::from_stored).collect(),
            closed_by: map.scalar("closed_by").map(MemberId::from_stored),
            closed_at: map.scalar("closed_at"),
            follow_ups: map
                .keys("follow_ups")
                .map(ActionItemId::from_stored)
                .collect(),
        }
    });
    let subgroups = ordered(doc, fields.map("subgroups"), |key, sub| Subgroup {
        id: SubgroupId::from_stored(key),
        name: sub.string("name"),
        members: sub.keys("members").map(MemberId::from_stored).collect(),
    });
    let restatements = ordered(doc, fields.map("restatements"), |_, item| Restatement {
        text: item.text("text"),
        by: MemberId::from_stored(item.string("by")),
        at: item.string("at"),
    });
    let summaries = ordered(doc, fields.map("summaries"), |key, item| InterimSummary {
        id: SummaryId::from_stored(key),
        text: item.text("text"),
        posts: item.keys("posts").map(PostId::from_stored).collect(),
        by: MemberId::from_stored(item.string("by")),
        at: item.string("at"),
    });
    Discussion {
        id: DiscussionId::from_stored(id.to_owned()),
        title: fields.text("title"),
        objective: fields.text("objective"),
        question: fields.text("question"),
        created_by: MemberId::from_stored(fields.string("created_by")),
        guidelines,
        stage: fields
            .scalar("stage")
            .as_deref()
            .and_then(DiscussionStage::from_key),
        schedule,
        subgroups,
        posts: read_posts(doc, fields.map(super::POSTS), reuse, clean),
        restatements,
        summaries,
        participants: read_participants(doc, fields.map("participants")),
        closing,
    }
}

/// The entries of a positioned collection, read by `read`, in position then id order.
fn ordered<R: ReadDoc, T>(
    doc: &R,
    collection: Option<ObjId>,
    read: impl Fn(String, &Fields<'_, R>) -> T,
) -> Vec<T> {
    let Some(collection) = collection else {
        return Vec::new();
    };
    let mut items: Vec<_> = Fields::of(doc, &collection)
        .maps()
        .map(|(key, entry)| {
            let fields = Fields::of(doc, &entry);
            let position = fields.int("position").unwrap_or(0);
            (position, key.clone(), read(key, &fields))
        })
        .collect();
    store::sort_by_position(&mut items);
    items.into_iter().map(|(_, _, item)| item).collect()
}

/// Every field of one map, read in a single pass: one lookup per key is several times
/// slower, and a discussion is read on every render.
struct Fields<'a, R> {
    doc: &'a R,
    values: BTreeMap<String, (Value<'static>, ObjId)>,
    /// Whether any key holds concurrent values (a conflict, or agreement).
    tangled: bool,
}

impl<'a, R: ReadDoc> Fields<'a, R> {
    fn of(doc: &'a R, object: &ObjId) -> Self {
        let mut tangled = false;
        let values = doc
            .map_range(object, ..)
            .map(|item| {
                tangled |= item.conflict;
                let id = item.id();
                (item.key.into_owned(), (item.value.into_value(), id))
            })
            .collect();
        Self {
            doc,
            values,
            tangled,
        }
    }

    fn scalar(&self, key: &str) -> Option<String> {
        match self.values.get(key) {
            Some((Value::Scalar(value), _)) => value.as_str().map(str::to_owned),
            _ => None,
        }
    }

    fn string(&self, key: &str) -> String {
        self.scalar(key).unwrap_or_default()
    }

    fn int(&self, key: &str) -> Option<i64> {
        match self.values.get(key) {
            Some((Value::Scalar(value), _)) => value.as_i64(),
            _ => None,
        }
    }

    fn text(&self, key: &str) -> String {
        match self.values.get(key) {
            Some((Value::Object(ObjType::Text), id)) => self.doc.text(id).unwrap_or_default(),
            Some((Value::Scalar(value), _)) => value.as_str().unwrap_or_default().to_owned(),
            _ => String::new(),
        }
    }

    fn map(&self, key: &str) -> Option<ObjId> {
        match self.values.get(key) {
            Some((Value::Object(ObjType::Map), id)) => Some(id.clone()),
            _ => None,
        }
    }

    /// The keys of the id set `key` (a map to `true`), sorted.
    fn keys(&self, key: &str) -> impl Iterator<Item = String> {
        self.map(key)
            .map(|map| self.doc.keys(&map).collect::<Vec<_>>())
            .unwrap_or_default()
            .into_iter()
    }

    /// The entries that are maps, by key.
    fn maps(&self) -> impl Iterator<Item = (String, ObjId)> + '_ {
        self.values
            .iter()
            .filter(|(_, (value, _))| matches!(value, Value::Object(ObjType::Map)))
            .map(|(key, (_, id))| (key.clone(), id.clone()))
    }
}

/// The post tree. A post whose parent is not in the document (a damaged or foreign
/// document; this crate never removes posts) is shown as a thread of its own.
fn read_posts<'p, R: ReadDoc>(
    doc: &R,
    posts: Option<ObjId>,
    reuse: &dyn Fn(&str) -> Option<&'p Arc<Post>>,
    clean: &mut dyn FnMut(&ObjId),
) -> Vec<Arc<Post>> {
    let Some(posts) = posts else {
        return Vec::new();
    };
    let mut flat: Vec<Node<'p>> = Fields::of(doc, &posts)
        .maps()
        .map(|(key, entry)| match reuse(&key) {
            Some(before) => Node::Before(before),
            None => Node::Read(Box::new(read_post(doc, key, &entry, clean))),
        })
        .collect();
    flat.sort_by(|a, b| a.order().cmp(&b.order()));
    let known: HashSet<PostId> = flat.iter().map(|p| p.id().clone()).collect();
    let mut children: HashMap<PostId, Vec<Node<'p>>> = HashMap::new();
    let mut roots = Vec::new();
    for post in flat {
        match post.parent() {
            Some(parent) if known.contains(parent) && parent != post.id() => {
                children.entry(parent.clone()).or_default().push(post);
            }
            _ => roots.push(post),
        }
    }
    // Each post takes its replies out of `children` once, so a cycle in a damaged
    // document cannot loop (its posts are simply not reached).
    fn attach<'p>(
        post: Node<'p>,
        children: &mut HashMap<PostId, Vec<Node<'p>>>,
        depth: usize,
    ) -> Arc<Post> {
        let replies = children.remove(post.id()).unwrap_or_default();
        let replies = if depth < MAX_DEPTH {
            replies
                .into_iter()
                .map(|reply| attach(reply, children, depth + 1))
                .collect()
        } else {
            // Deeper chains are listed flat under this post: every post stays visible
            // and reading cannot exhaust the stack.
            let mut flat = Vec::new();
            let mut pending = replies;
            while let Some(reply) = pending.pop() {
                pending.extend(children.remove(reply.id()).unwrap_or_default());
                flat.push(reply);
            }
            flat.sort_by(|a, b| a.order().cmp(&b.order()));
            flat.into_iter()
                .map(|reply| reply.with_replies(Vec::new()))
                .collect()
        };
        post.with_replies(replies)
    }
    roots
        .into_iter()
        .map(|root| attach(root, &mut children, 0))
        .collect()
}

/// A post on its way into the tree: as read before (shared), or read now.
enum Node<'p> {
    Before(&'p Arc<Post>),
    Read(Box<Post>),
}

impl Node<'_> {
    fn post(&self) -> &Post {
        match self {
            Node::Before(post) => post,
            Node::Read(post) => post,
        }
    }

    fn id(&self) -> &PostId {
        &self.post().id
    }

    fn parent(&self) -> Option<&PostId> {
        self.post().parent.as_ref()
    }

    fn order(&self) -> (&str, &PostId) {
        self.post().order()
    }

    /// The post with these replies: the one read before when they are the very replies
    /// it had, so an untouched thread stays one shared value.
    fn with_replies(self, replies: Vec<Arc<Post>>) -> Arc<Post> {
        match self {
            Node::Before(before)
                if before.replies.len() == replies.len()
                    && before
                        .replies
                        .iter()
                        .zip(&replies)
                        .all(|(a, b)| Arc::ptr_eq(a, b)) =>
            {
                Arc::clone(before)
            }
            Node::Before(before) => Arc::new(Post {
                id: before.id.clone(),
                author: before.author.clone(),
                body: before.body.clone(),
                created: before.created.clone(),
                parent: before.parent.clone(),
                replies,
                hidden: before.hidden.clone(),
                returned: before.returned.clone(),
            }),
            Node::Read(post) => Arc::new(Post { replies, ..*post }),
        }
    }
}

/// One post as stored, its replies left empty; tells `clean` when nothing the conflicts
/// walk would look into holds concurrent values.
fn read_post<R: ReadDoc>(
    doc: &R,
    key: String,
    entry: &ObjId,
    clean: &mut dyn FnMut(&ObjId),
) -> Post {
    let fields = Fields::of(doc, entry);
    let hidden = fields.map("hidden").map(|map| Fields::of(doc, &map));
    let returned = fields.map("returned").map(|map| Fields::of(doc, &map));
    // Everything the conflicts walk would look into was read here, untangled.
    let marks_only = fields
        .maps()
        .all(|(key, _)| key == "hidden" || key == "returned");
    let marks_clean = [&hidden, &returned]
        .into_iter()
        .flatten()
        .all(|mark| !mark.tangled && mark.maps().next().is_none());
    if !fields.tangled && marks_only && marks_clean {
        clean(entry);
    }
    Post {
        id: PostId::from_stored(key),
        author: MemberId::from_stored(fields.string("author")),
        body: fields.text("body"),
        created: fields.string("created"),
        parent: fields.scalar("parent").map(PostId::from_stored),
        replies: Vec::new(),
        hidden: hidden.map(|mark| Hidden {
            reason: mark.text("reason"),
            by: MemberId::from_stored(mark.string("by")),
            at: mark.string("at"),
        }),
        returned: returned.map(|mark| Returned {
            comment: mark.text("comment"),
            by: MemberId::from_stored(mark.string("by")),
            at: mark.string("at"),
        }),
    }
}

/// Replies nested deeper than this are listed flat under their ancestor at this depth.
const MAX_DEPTH: usize = 256;

/// Sorted by member id (map keys list in order).
fn read_participants<R: ReadDoc>(doc: &R, participants: Option<ObjId>) -> Vec<ParticipantNote> {
    let Some(participants) = participants else {
        return Vec::new();
    };
    let fields = Fields::of(doc, &participants);
    fields
        .values
        .iter()
        .filter(|(_, (value, _))| matches!(value, Value::Object(ObjType::Text)))
        .map(|(member, _)| ParticipantNote {
            member: MemberId::from_stored(member.clone()),
            notes: fields.text(member),
        })
        .collect()
}
