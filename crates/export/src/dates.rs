//! The event dates of SPEC §2 (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), read strictly so that every
//! derived column (ACLED `event_date`/`time_precision`, Parquet `date_start`, the `month=`
//! partition) agrees on one interpretation. Anything else is treated as "no date" by those
//! columns; the raw string is still exported unchanged where a format carries it.

/// A parsed event date: the year and, when known, the month and day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DateParts {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl DateParts {
    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (four-digit year, valid month and day).
    pub fn parse(s: &str) -> Option<DateParts> {
        let b = s.as_bytes();
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().ok();
        match b.len() {
            4 if digits(0..4) => Some(DateParts { year: num(0..4)? as i32, month: None, day: None }),
            7 if digits(0..4) && b[4] == b'-' && digits(5..7) => {
                let month = num(5..7).filter(|m| (1..=12).contains(m))?;
                Some(DateParts { year: num(0..4)? as i32, month: Some(month), day: None })
            }
            10 if digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10) => {
                let year = num(0..4)? as i32;
                let month = num(5..7).filter(|m| (1..=12).contains(m))?;
                let day = num(8..10).filter(|d| *d >= 1 && *d <= days_in_month(year, month))?;
                Some(DateParts { year, month: Some(month), day: Some(day) })
            }
            _ => None,
        }
    }

    /// The first day of the period the date names (`2020-06` → 2020-06-01, `2020` → 2020-01-01).
    pub fn first_day(&self) -> (i32, u32, u32) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// [`first_day`](Self::first_day) as `YYYY-MM-DD`.
    pub fn first_day_iso(&self) -> String {
        let (y, m, d) = self.first_day();
        format!("{y:04}-{m:02}-{d:02}")
    }

    /// [`first_day`](Self::first_day) as days since 1970-01-01 (Arrow `Date32`).
    pub fn first_day_epoch(&self) -> i32 {
        let (y, m, d) = self.first_day();
        days_from_civil(y, m, d)
    }

    /// ACLED's `time_precision`: 1 a day is known, 2 a month, 3 only the year.
    pub fn acled_time_precision(&self) -> u8 {
        match (self.month, self.day) {
            (Some(_), Some(_)) => 1,
            (Some(_), None) => 2,
            _ => 3,
        }
    }

    /// `YYYY-MM` when the month is known (the value of a `month=` partition).
    pub fn month_key(&self) -> Option<String> {
        self.month.map(|m| format!("{:04}-{m:02}", self.year))
    }
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if is_leap(y) => 29,
        _ => 28,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`).
pub(crate) fn days_from_civil(y: i32, m: u32, d: u32) -> i32 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = m as i32;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_three_spec_forms_and_nothing_else() {
        assert_eq!(DateParts::parse("2020-04-04"), Some(DateParts { year: 2020, month: Some(4), day: Some(4) }));
        assert_eq!(DateParts::parse("2020-06"), Some(DateParts { year: 2020, month: Some(6), day: None }));
        assert_eq!(DateParts::parse("2019"), Some(DateParts { year: 2019, month: None, day: None }));
        for bad in ["", "20", "2020-13", "2020-02-30", "2019-02-29", "2020-4-04", "2020/04/04", "٢٠٢٠", "2020-04-04T00"]
        {
            assert_eq!(DateParts::parse(bad), None, "{bad}");
        }
        assert!(DateParts::parse("2020-02-29").is_some());
    }

    #[test]
    fn epoch_days_match_known_dates() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(days_from_civil(2020, 4, 4), 18_356);
        assert_eq!(days_from_civil(1969, 12, 31), -1);
        assert_eq!(DateParts::parse("2020-06").unwrap().first_day_epoch(), days_from_civil(2020, 6, 1));
    }

    #[test]
    fn precision_codes_and_keys() {
        let d = DateParts::parse("2013-02-09").unwrap();
        assert_eq!((d.acled_time_precision(), d.month_key().as_deref()), (1, Some("2013-02")));
        let y = DateParts::parse("2014").unwrap();
        assert_eq!((y.acled_time_precision(), y.month_key(), y.first_day_iso()), (3, None, "2014-01-01".to_string()));
    }
}
