//! Dates written the way each language writes them, from the catalog's day and month names.

use super::strings;
use crate::lang::Lang;

/// A date written out in full: "Tuesday, February 3, 2026" / "martes, 3 de febrero de 2026".
pub fn long_date(date: chrono::NaiveDate, lang: Lang) -> String {
    use chrono::Datelike;
    let t = strings(lang);
    let weekday = t.weekdays_long[date.weekday().num_days_from_monday() as usize];
    let month = t.months[date.month0() as usize];
    match lang {
        Lang::En => format!("{weekday}, {month} {}, {}", date.day(), date.year()),
        Lang::Es => format!("{weekday}, {} de {month} de {}", date.day(), date.year()),
    }
}

/// A short date for lists: "Tue, Feb 3" / "mar 3 feb".
pub fn short_date(date: chrono::NaiveDate, lang: Lang) -> String {
    use chrono::Datelike;
    let t = strings(lang);
    let weekday = t.weekdays_short[date.weekday().num_days_from_monday() as usize];
    let month: String = t.months[date.month0() as usize].chars().take(3).collect();
    match lang {
        Lang::En => format!("{weekday}, {month} {}", date.day()),
        Lang::Es => format!("{weekday} {} {month}", date.day()),
    }
}

/// "February 2026" / "febrero de 2026", for calendar headings.
pub fn month_year(date: chrono::NaiveDate, lang: Lang) -> String {
    use chrono::Datelike;
    let month = strings(lang).months[date.month0() as usize];
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
    }
}
