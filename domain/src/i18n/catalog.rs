//! The [`catalog!`] macro: one line per key, English and Spanish side by side.
//!
//! ```ignore
//! catalog! {
//!     /// The strings of the lesson editor.
//!     pub struct EditorStrings;
//!
//!     /// A plain text: `&'static str`.
//!     save = "Save", "Guardar";
//!     /// A text with arguments: `fn(usize) -> String`, here a plural.
//!     steps(usize) = |n| plural(n, "step", "steps"), |n| plural(n, "paso", "pasos");
//!     /// Any other type, written out: arrays, or a nested catalog.
//!     days: [&'static str; 2] = ["Mon", "Tue"], ["lun", "mar"];
//! }
//! ```
//!
//! expands to `pub struct EditorStrings { pub save: &'static str, pub steps: fn(usize) ->
//! String, … }`, the values `pub const EN: EditorStrings` and `pub const ES: EditorStrings` in
//! the module that invokes it, `EditorStrings::of(lang)`, the value for a language, and
//! `EditorStrings::all()`, every string as (key, text) for the
//! tests that check both languages have the same keys, none empty and Spanish translated.
//! A key missing a language fails the build (the line does not parse), and so does a use of a
//! key that does not exist (it is a struct field).
//!
//! `all()` calls a text with arguments with a [`Sample`] of each argument type; a new argument
//! type needs an `impl Sample` (next to the type or in this file). A nested catalog (a field of
//! type `&'static OtherStrings`) lists its strings under its key: `data.cancel`.

use super::Entry;

/// A sample value of an argument type, for listing a text with arguments in `all()`.
pub trait Sample {
    fn sample() -> Self;
}

impl Sample for usize {
    fn sample() -> Self {
        2
    }
}

impl Sample for u8 {
    fn sample() -> Self {
        7
    }
}

impl Sample for u16 {
    fn sample() -> Self {
        45
    }
}

impl Sample for u32 {
    fn sample() -> Self {
        50
    }
}

impl Sample for bool {
    fn sample() -> Self {
        true
    }
}

impl Sample for &str {
    fn sample() -> Self {
        "X"
    }
}

impl Sample for &[String] {
    fn sample() -> Self {
        static TWO: std::sync::LazyLock<[String; 2]> =
            std::sync::LazyLock::new(|| ["X".to_string(), "Y".to_string()]);
        &*TWO
    }
}

impl<T: Sample> Sample for Option<T> {
    fn sample() -> Self {
        Some(T::sample())
    }
}

impl<A: Sample, B: Sample> Sample for (A, B) {
    fn sample() -> Self {
        (A::sample(), B::sample())
    }
}

impl Sample for crate::history::ListChangeKind {
    fn sample() -> Self {
        Self::Created
    }
}

impl Sample for &crate::transfer::ImportError {
    fn sample() -> Self {
        &crate::transfer::ImportError::NotJson
    }
}

impl Sample for &crate::curriculum::validate::Issue {
    fn sample() -> Self {
        &crate::curriculum::validate::Issue::TooFewChoices
    }
}

/// How a field's value appears in `all()`.
pub trait Listed {
    fn list(&self, key: &str, out: &mut Vec<Entry>);
}

/// A plain text, or what a text with arguments returns for its samples: one entry.
impl Listed for &'static str {
    fn list(&self, key: &str, out: &mut Vec<Entry>) {
        out.push((key.to_string(), self.to_string()));
    }
}

impl Listed for String {
    fn list(&self, key: &str, out: &mut Vec<Entry>) {
        out.push((key.to_string(), self.clone()));
    }
}

/// A list of words (weekdays, columns): one entry, its words joined by `|`.
impl<const N: usize> Listed for [&'static str; N] {
    fn list(&self, key: &str, out: &mut Vec<Entry>) {
        out.push((key.to_string(), self.join("|")));
    }
}

/// Declares a catalog: see the module docs.
macro_rules! catalog {
    (
        $(#[$meta:meta])*
        pub struct $name:ident;
        $(
            $(#[$field_meta:meta])*
            $key:ident $(($($arg:ty),* $(,)?))? $(: $ty:ty)? = $en:expr, $es:expr;
        )*
    ) => {
        $(#[$meta])*
        pub struct $name {
            $(
                $(#[$field_meta])*
                pub $key: $crate::i18n::catalog::field_type!(($($($arg),*)?) ($($ty)?)),
            )*
        }

        /// English.
        pub const EN: $name = $name { $($key: $en,)* };

        /// Spanish.
        pub const ES: $name = $name { $($key: $es,)* };

        impl $name {
            /// This catalog in `lang`.
            pub fn of(lang: $crate::lang::Lang) -> &'static $name {
                match lang {
                    $crate::lang::Lang::En => &EN,
                    $crate::lang::Lang::Es => &ES,
                }
            }

            /// Every string in this catalog, nested catalogs' keys prefixed (`data.cancel`).
            pub fn all(&self) -> Vec<$crate::i18n::Entry> {
                let mut out = Vec::new();
                $(
                    $crate::i18n::catalog::list_field!(
                        out, stringify!($key), self.$key, ($($($arg),*)?) ($($ty)?)
                    );
                )*
                out
            }
        }

        impl $crate::i18n::catalog::Listed for &'static $name {
            fn list(&self, key: &str, out: &mut Vec<$crate::i18n::Entry>) {
                out.extend(
                    self.all()
                        .into_iter()
                        .map(|(k, v)| (format!("{key}.{k}"), v)),
                );
            }
        }
    };
}

/// The type of a field: text, text with arguments, or the type written out.
macro_rules! field_type {
    (() ()) => { &'static str };
    (() ($ty:ty)) => { $ty };
    (($($arg:ty),+) ()) => { fn($($arg),+) -> String };
}

/// The entries of one field in `all()`.
macro_rules! list_field {
    ($out:ident, $key:expr, $value:expr, () ($($ty:ty)?)) => {
        $crate::i18n::catalog::Listed::list(&$value, $key, &mut $out)
    };
    ($out:ident, $key:expr, $value:expr, ($($arg:ty),+) ()) => {
        $crate::i18n::catalog::Listed::list(
            &($value)($(<$arg as $crate::i18n::catalog::Sample>::sample()),+),
            $key,
            &mut $out,
        )
    };
}

pub(crate) use {catalog, field_type, list_field};

impl Sample for &crate::backup::BackupError {
    fn sample() -> Self {
        &crate::backup::BackupError::NotABackup
    }
}
