//! Throwaway databases for tests (of this crate, and of the CLI and server on PostgreSQL).
//!
//! Tests get a server URL from the environment variable [`ENV_URL`] (`AHDATH_TEST_PG`, e.g.
//! `postgres://ahdath@127.0.0.1:55432/postgres` as printed by `scripts/pg-server.sh start DIR
//! PORT`; `scripts/test-all.sh` starts one and sets it). Each [`TestDb`] is a fresh database in
//! that server with a unique name, dropped when the value is dropped. Without the variable,
//! [`TestDb::from_env`] panics with instructions, unless [`ENV_SKIP`] (`AHDATH_SKIP_PG=1`) is set:
//! then it prints that the test is skipped and returns `None`.

use postgres::{Client, NoTls};
use std::sync::atomic::{AtomicU64, Ordering};

/// The variable holding the URL of a PostgreSQL server tests may create databases in.
pub const ENV_URL: &str = "AHDATH_TEST_PG";
/// Set to `1` to skip PostgreSQL tests when no server is configured.
pub const ENV_SKIP: &str = "AHDATH_SKIP_PG";

/// A fresh database, dropped (with any connections left to it) on drop.
#[derive(Debug)]
pub struct TestDb {
    admin_url: String,
    name: String,
    url: String,
}

impl TestDb {
    /// A fresh database in the server of [`ENV_URL`]; `None` (with a notice) when that is unset
    /// and [`ENV_SKIP`] is `1`.
    ///
    /// # Panics
    /// When neither variable is set, or the server cannot be reached.
    pub fn from_env() -> Option<TestDb> {
        match std::env::var(ENV_URL) {
            Ok(url) if !url.trim().is_empty() => Some(
                TestDb::create(url.trim())
                    .unwrap_or_else(|e| panic!("cannot create a test database in {ENV_URL}={url}: {e}")),
            ),
            _ if std::env::var(ENV_SKIP).is_ok_and(|v| v == "1") => {
                eprintln!("skipped: PostgreSQL test ({ENV_URL} is not set and {ENV_SKIP}=1)");
                None
            }
            _ => panic!(
                "{ENV_URL} is not set: set it to the URL of a PostgreSQL server the tests may create databases in \
                 (scripts/pg-server.sh start /tmp/pgtest 55432 starts one and prints it), or run scripts/test-all.sh, \
                 which starts a server and sets it; set {ENV_SKIP}=1 to skip the PostgreSQL tests"
            ),
        }
    }

    /// A fresh database in the server at `admin_url` (any database of it the user may connect
    /// to; the user needs `CREATEDB`).
    pub fn create(admin_url: &str) -> Result<TestDb, String> {
        static N: AtomicU64 = AtomicU64::new(0);
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos());
        let name = format!("ahdath_t_{}_{}_{:08x}", std::process::id(), N.fetch_add(1, Ordering::Relaxed), nanos);
        let mut admin = Client::connect(admin_url, NoTls).map_err(|e| e.to_string())?;
        // The name is ours (letters, digits, underscores): no user text in this statement.
        admin.batch_execute(&format!("CREATE DATABASE {name}")).map_err(|e| e.to_string())?;
        let url = with_dbname(admin_url, &name);
        Ok(TestDb { admin_url: admin_url.to_string(), name, url })
    }

    /// The URL of the database.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The URL of the server's database it was created from (for admin statements).
    pub fn admin_url(&self) -> &str {
        &self.admin_url
    }

    pub fn name(&self) -> &str {
        &self.name
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Ok(mut admin) = Client::connect(&self.admin_url, NoTls) {
            let _ = admin.batch_execute(&format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name));
        }
    }
}

/// `url` with its database replaced by `db`: the path of a `postgres://` URL, or a `dbname=`
/// appended to a key-value string.
pub fn with_dbname(url: &str, db: &str) -> String {
    for scheme in ["postgres://", "postgresql://"] {
        if let Some(rest) = url.strip_prefix(scheme) {
            let (main, query) = match rest.split_once('?') {
                Some((m, q)) => (m, Some(q)),
                None => (rest, None),
            };
            let authority = main.split_once('/').map_or(main, |x| x.0);
            let mut out = format!("{scheme}{authority}/{db}");
            if let Some(q) = query {
                out.push('?');
                out.push_str(q);
            }
            return out;
        }
    }
    format!("{url} dbname={db}")
}

#[cfg(test)]
mod tests {
    use super::with_dbname;

    #[test]
    fn database_names_are_replaced() {
        assert_eq!(with_dbname("postgres://u@h:5/postgres", "x"), "postgres://u@h:5/x");
        assert_eq!(with_dbname("postgresql://u@h:5", "x"), "postgresql://u@h:5/x");
        assert_eq!(with_dbname("postgres://u@h/postgres?sslmode=disable", "x"), "postgres://u@h/x?sslmode=disable");
        assert_eq!(with_dbname("host=h user=u", "x"), "host=h user=u dbname=x");
    }
}
