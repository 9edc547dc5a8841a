//! Where the event database lives: a SQLite file (the default) or a PostgreSQL server, named by
//! the same `--db` option (docs/postgres.md).

use ahdath_server::BoxStore;
use ahdath_store::{Checker, SqliteStore};
use ahdath_store_pg::PgStore;
use anyhow::{bail, Context, Result};
use std::path::PathBuf;

/// The value of `--db`: a `postgres://` or `postgresql://` URL, or else a SQLite file path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DbTarget {
    Sqlite(PathBuf),
    Postgres(String),
}

impl std::str::FromStr for DbTarget {
    type Err = String;
    fn from_str(s: &str) -> Result<DbTarget, String> {
        if s.is_empty() {
            return Err("empty database name".into());
        }
        if s.starts_with("postgres://") || s.starts_with("postgresql://") {
            Ok(DbTarget::Postgres(s.to_string()))
        } else if s.contains("://") {
            Err(format!("{s:?}: unknown database URL scheme (use postgres://… or a SQLite file path)"))
        } else {
            Ok(DbTarget::Sqlite(PathBuf::from(s)))
        }
    }
}

impl std::fmt::Display for DbTarget {
    /// The file path, or the URL without its password (for messages and logs).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DbTarget::Sqlite(p) => write!(f, "{}", p.display()),
            DbTarget::Postgres(url) => f.write_str(&redact_password(url)),
        }
    }
}

/// `postgres://user:secret@host/db` → `postgres://user:***@host/db`.
fn redact_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else { return url.to_string() };
    let (auth, tail) = match rest.split_once('@') {
        Some((a, t)) if !a.contains('/') => (a, t),
        _ => return url.to_string(),
    };
    match auth.split_once(':') {
        Some((user, _)) => format!("{scheme}://{user}:***@{tail}"),
        None => url.to_string(),
    }
}

impl DbTarget {
    /// Open the database, creating it (a SQLite file, or the schema in a PostgreSQL database)
    /// when it does not exist yet.
    pub fn open(&self) -> Result<BoxStore> {
        Ok(match self {
            DbTarget::Sqlite(p) => {
                Box::new(SqliteStore::open(p).with_context(|| format!("opening database {}", p.display()))?)
            }
            DbTarget::Postgres(url) => {
                Box::new(PgStore::connect(url).with_context(|| format!("connecting to {self}"))?)
            }
        })
    }

    /// Open a database that must exist already (a SQLite file is not created by a reader).
    pub fn open_existing(&self) -> Result<BoxStore> {
        if let DbTarget::Sqlite(p) = self {
            if !p.exists() {
                bail!("{}: no such database (create it with `ahdath ingest --db {} FILES`)", p.display(), p.display());
            }
        }
        self.open()
    }

    /// Open (creating and migrating) the database and return its schema version.
    pub fn migrate(&self) -> Result<i64> {
        Ok(match self {
            DbTarget::Sqlite(p) => {
                SqliteStore::open(p).with_context(|| format!("opening database {}", p.display()))?;
                ahdath_store::SCHEMA_VERSION
            }
            DbTarget::Postgres(url) => {
                PgStore::connect(url).with_context(|| format!("connecting to {self}"))?.schema_version()?
            }
        })
    }

    /// A read-only checker for an ingest worker thread (its own connection).
    pub fn checker(&self) -> Result<Box<dyn Checker>> {
        Ok(match self {
            DbTarget::Sqlite(p) => SqliteStore::open_checker(p)?,
            DbTarget::Postgres(_) => self.open()?.checker()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_and_paths_are_told_apart() {
        let cases: &[(&str, Option<DbTarget>)] = &[
            ("events.db", Some(DbTarget::Sqlite("events.db".into()))),
            ("/data/x/events.db", Some(DbTarget::Sqlite("/data/x/events.db".into()))),
            ("postgres://u@h/db", Some(DbTarget::Postgres("postgres://u@h/db".into()))),
            ("postgresql://u@h:5433/db", Some(DbTarget::Postgres("postgresql://u@h:5433/db".into()))),
            ("mysql://u@h/db", None),
            ("", None),
        ];
        for (s, want) in cases {
            assert_eq!(s.parse::<DbTarget>().ok(), *want, "{s}");
        }
    }

    #[test]
    fn passwords_are_not_shown() {
        let t: DbTarget = "postgres://ahdath:s3cret@db.example/ahdath".parse().unwrap();
        assert_eq!(t.to_string(), "postgres://ahdath:***@db.example/ahdath");
        let t: DbTarget = "postgres://ahdath@db.example/ahdath".parse().unwrap();
        assert_eq!(t.to_string(), "postgres://ahdath@db.example/ahdath");
    }
}
