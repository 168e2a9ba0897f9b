//! Typed ids: a sentence id cannot be passed where a mission id is wanted. Each is a string
//! in JSON (`"s-12"`, `"minusma"`), so the JSON shape does not change with them.
//!
//! An id is shared text (`Arc<str>`): every fact names its sentence and missions, so ids are
//! copied thousands of times in a parse, and a copy is a count, not an allocation.

use std::borrow::Borrow;
use std::fmt;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta] $name:ident),* $(,)?) => {$(
        #[$doc]
        #[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Arc<str>);

        impl $name {
            /// The id as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl std::ops::Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                Self(Arc::from(id))
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> Self {
                Self(Arc::from(id))
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0.to_string()
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                &*self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                &*self.0 == *other
            }
        }

        impl PartialEq<String> for $name {
            fn eq(&self, other: &String) -> bool {
                &*self.0 == other.as_str()
            }
        }

        impl PartialEq<$name> for str {
            fn eq(&self, other: &$name) -> bool {
                self == &*other.0
            }
        }

        impl PartialEq<$name> for &str {
            fn eq(&self, other: &$name) -> bool {
                *self == &*other.0
            }
        }

        impl PartialEq<$name> for String {
            fn eq(&self, other: &$name) -> bool {
                self.as_str() == &*other.0
            }
        }
    )*};
}

id_type!(
    /// A sentence's id: `s-1`, `s-2`, … in order of appearance, the body before the footnotes.
    SentenceId,
    /// A paragraph's id: `p-1`, …
    ParagraphId,
    /// A mission's id, from the lexicon: `minusma`.
    MissionId,
    /// A temporal expression's id: `ev-1`, …
    EventId,
    /// A commitment's id: `c-1`, …
    CommitmentId,
    /// A citation's id: `ref-1`, …
    ReferenceId,
    /// A figure's id: `fig-1`, …
    FigureId,
);

impl SentenceId {
    /// The sentence's place in [`crate::Letter::sentences`], read from its id (`s-3` → 2).
    pub fn index(&self) -> Option<usize> {
        self.0.strip_prefix("s-")?.parse::<usize>().ok()?.checked_sub(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_ids_compare_with_text_and_serialise_as_strings() {
        let id = SentenceId::from("s-3");
        assert_eq!(id, "s-3");
        assert_eq!(id.index(), Some(2));
        assert_eq!(serde_json::to_string(&MissionId::from("minusma")).unwrap(), "\"minusma\"");
    }

    #[test]
    fn err_sentence_index_of_an_odd_id() {
        assert_eq!(SentenceId::from("s-0").index(), None);
        assert_eq!(SentenceId::from("p-3").index(), None);
    }
}
