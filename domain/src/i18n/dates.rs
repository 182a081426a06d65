//! Dates written the way each language writes them, from the catalog's day and month names.

use super::plan_strings;
use crate::lang::Lang;

/// A date written out in full: "Tuesday, February 3, 2026" / "martes, 3 de febrero de 2026".
pub fn long_date(date: chrono::NaiveDate, lang: Lang) -> String {
    use chrono::Datelike;
    let weekday = plan_strings(lang).weekdays_long[date.weekday().num_days_from_monday() as usize];
    let month = plan_strings(lang).months[date.month0() as usize];
    match lang {
        Lang::En => format!("{weekday}, {month} {}, {}", date.day(), date.year()),
        Lang::Es => format!("{weekday}, {} de {month} de {}", date.day(), date.year()),
    }
}

/// A short date for lists: "Tue, Feb 3" / "mar 3 feb".
pub fn short_date(date: chrono::NaiveDate, lang: Lang) -> String {
    use chrono::Datelike;
    let weekday = plan_strings(lang).weekdays_short[date.weekday().num_days_from_monday() as usize];
    let month: String = plan_strings(lang).months[date.month0() as usize]
        .chars()
        .take(3)
        .collect();
    match lang {
        Lang::En => format!("{weekday}, {month} {}", date.day()),
        Lang::Es => format!("{weekday} {} {month}", date.day()),
    }
}

/// A plan's first to last session, with the year (plans run across semesters):
/// "Feb 3 – Mar 12, 2026" / "3 feb – 12 mar 2026"; each date keeps its year when they differ.
pub fn date_span(first: chrono::NaiveDate, last: chrono::NaiveDate, lang: Lang) -> String {
    use chrono::Datelike;
    let day = |d: chrono::NaiveDate| {
        let month: String = plan_strings(lang).months[d.month0() as usize]
            .chars()
            .take(3)
            .collect();
        match lang {
            Lang::En => format!("{month} {}", d.day()),
            Lang::Es => format!("{} {month}", d.day()),
        }
    };
    let sep = |d: chrono::NaiveDate| match lang {
        Lang::En => format!(", {}", d.year()),
        Lang::Es => format!(" {}", d.year()),
    };
    if first.year() == last.year() {
        format!("{} – {}{}", day(first), day(last), sep(last))
    } else {
        format!("{}{} – {}{}", day(first), sep(first), day(last), sep(last))
    }
}

/// "February 2026" / "febrero de 2026", for calendar headings.
pub fn month_year(date: chrono::NaiveDate, lang: Lang) -> String {
    use chrono::Datelike;
    let month = plan_strings(lang).months[date.month0() as usize];
    match lang {
        Lang::En => format!("{month} {}", date.year()),
        Lang::Es => format!("{month} de {}", date.year()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_naturally_in_each_language() {
        let d = chrono::NaiveDate::from_ymd_opt(2027, 2, 3).unwrap();
        assert_eq!(long_date(d, Lang::En), "Wednesday, February 3, 2027");
        assert_eq!(long_date(d, Lang::Es), "miércoles, 3 de febrero de 2027");
        assert_eq!(short_date(d, Lang::En), "Wed, Feb 3");
        assert_eq!(short_date(d, Lang::Es), "mié 3 feb");
        assert_eq!(month_year(d, Lang::Es), "febrero de 2027");
        let later = chrono::NaiveDate::from_ymd_opt(2027, 3, 12).unwrap();
        assert_eq!(date_span(d, later, Lang::En), "Feb 3 – Mar 12, 2027");
        assert_eq!(date_span(d, later, Lang::Es), "3 feb – 12 mar 2027");
        let next = chrono::NaiveDate::from_ymd_opt(2028, 1, 5).unwrap();
        assert_eq!(date_span(d, next, Lang::En), "Feb 3, 2027 – Jan 5, 2028");
    }
}
