//! Dates and weekdays as plans store them: "2026-09-14" and "Mon", as chrono writes them.
//!
//! Why not chrono's own serde: reading through it pulls in chrono's general date parser
//! (about 13 KB of wasm) to read one fixed format. These read and write exactly what earlier
//! releases stored, so stored plans and exported files still load.

use chrono::{NaiveDate, Weekday};
use serde::{Deserialize, Deserializer, Serializer};

/// Reads "YYYY-MM-DD" (what a date field and a stored plan hold); `None` for anything else.
pub fn parse(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        b.get(r)?.iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    NaiveDate::from_ymd_opt(digits(0..4)? as i32, digits(5..7)?, digits(8..10)?)
}

/// Reads a weekday by its English name, short or long, in any case ("Mon", "monday").
pub fn parse_weekday(text: &str) -> Option<Weekday> {
    const NAMES: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let lower = text.to_ascii_lowercase();
    let i = NAMES
        .iter()
        .position(|n| lower == *n || (lower.len() == 3 && n.starts_with(lower.as_str())))?;
    Some(Weekday::try_from(i as u8).expect("0 to 6 are weekdays"))
}

/// Reads one stored text with `read`, naming `what` was expected when it fails.
fn one<E: serde::de::Error, T>(
    text: &str,
    read: fn(&str) -> Option<T>,
    what: &str,
) -> Result<T, E> {
    read(text).ok_or_else(|| E::custom(format!("not {what}: {text:.20}")))
}

const DATE: &str = "a date (YYYY-MM-DD)";

/// A list stored as texts, read with `read`.
fn read_list<'de, D: Deserializer<'de>, T>(
    d: D,
    read: fn(&str) -> Option<T>,
    what: &str,
) -> Result<Vec<T>, D::Error> {
    Vec::<String>::deserialize(d)?
        .iter()
        .map(|t| one(t, read, what))
        .collect()
}

/// A list stored as texts, as chrono displays its items.
fn write_list<S: Serializer, T: std::fmt::Display>(items: &[T], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(items.iter().map(|d| d.to_string()))
}

/// `#[serde(with)]` for `Option<NaiveDate>`.
pub mod option {
    use super::*;

    pub fn serialize<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => s.collect_str(d),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        Option::<String>::deserialize(d)?
            .map(|t| one(&t, parse, DATE))
            .transpose()
    }
}

/// `#[serde(with)]` for `Vec<NaiveDate>`.
pub mod list {
    use super::*;

    pub fn serialize<S: Serializer>(dates: &[NaiveDate], s: S) -> Result<S::Ok, S::Error> {
        write_list(dates, s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<NaiveDate>, D::Error> {
        read_list(d, parse, DATE)
    }
}

/// `#[serde(with)]` for `Vec<Weekday>`.
pub mod weekdays {
    use super::*;

    pub fn serialize<S: Serializer>(days: &[Weekday], s: S) -> Result<S::Ok, S::Error> {
        write_list(days, s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Weekday>, D::Error> {
        read_list(d, parse_weekday, "a weekday")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_chrono_writes_and_nothing_else() {
        for (y, m, d) in [(2026, 9, 14), (2027, 2, 28), (2028, 2, 29), (1999, 12, 31)] {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            assert_eq!(parse(&date.to_string()), Some(date));
            assert_eq!(date.to_string().parse::<NaiveDate>().ok(), Some(date));
        }
        for bad in [
            "",
            "2026-9-14",
            "2026-02-30",
            "2026/09/14",
            "2026-09-14x",
            " 2026-09-1",
            "abcd-ef-gh",
            "2026-13-01",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
        for day in [Weekday::Mon, Weekday::Wed, Weekday::Sun] {
            assert_eq!(parse_weekday(&day.to_string()), Some(day));
            assert_eq!(day.to_string().parse::<Weekday>().ok(), Some(day));
        }
        assert_eq!(parse_weekday("TUESDAY"), Some(Weekday::Tue));
        assert_eq!(parse_weekday("fri"), Some(Weekday::Fri));
        assert_eq!(parse_weekday("fr"), None);
        assert_eq!(parse_weekday("mo"), None);
    }
}
