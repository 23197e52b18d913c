//! Writes a realistic community document: the whole design, Phase II under way, one open
//! discussion with `--posts` posts (threads with replies, an interim summary, a restated
//! question, notes on participants, a sub-group) and one closed discussion with its
//! summary and follow-ups. Every step is a separate change made through the domain, as
//! members would make them.
//!
//! Used by the browser tests (every page against a full community), the screenshots and
//! the "open a community with N posts" measurement.
//!
//! ```text
//! cargo run -p community --example sample -- --leader <member id> --posts 1000 --out sample.automerge
//! ```

use std::process::ExitCode;

mod community;

use self::community::{Shape, build};

struct Args {
    leader: String,
    posts: usize,
    participants: usize,
    out: String,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        leader: "sample-leader".into(),
        posts: 40,
        participants: 6,
        out: "sample.automerge".into(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let value = it.next().ok_or_else(|| format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--leader" => args.leader = value,
            "--posts" => args.posts = value.parse().map_err(|e| format!("--posts: {e}"))?,
            "--participants" => {
                args.participants = value.parse().map_err(|e| format!("--participants: {e}"))?
            }
            "--out" => args.out = value,
            other => {
                return Err(format!(
                    "unknown flag {other} (--leader, --posts, --participants, --out)"
                ));
            }
        }
    }
    Ok(args)
}

fn main() -> ExitCode {
    let result = parse_args().and_then(|args| {
        let shape = Shape {
            leader: &args.leader,
            posts: args.posts,
            participants: args.participants,
        };
        let doc = build(&shape).map_err(|e| e.to_string())?;
        std::fs::write(&args.out, doc.save()).map_err(|e| format!("{}: {e}", args.out))
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("sample: {err}");
            ExitCode::FAILURE
        }
    }
}
