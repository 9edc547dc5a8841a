//! The PostgreSQL store against the behaviour suite every backend must pass
//! (`crates/store/tests/conformance/`, also run on SQLite). Needs a server: set `AHDATH_TEST_PG`
//! (see `ahdath_store_pg::testing`), or `AHDATH_SKIP_PG=1` to skip.

#[path = "../../store/tests/conformance/mod.rs"]
mod conformance;

use ahdath_store_pg::testing::TestDb;
use ahdath_store_pg::PgStore;

/// A fresh database per test, dropped at its end.
struct Pg(TestDb);

impl conformance::Harness for Pg {
    type S = PgStore;
    fn open(&self) -> PgStore {
        PgStore::connect(self.0.url()).unwrap()
    }
    fn check(&self, store: &PgStore) {
        assert_eq!(store.integrity_check().unwrap(), "ok");
    }
}

fn pg() -> Option<Pg> {
    TestDb::from_env().map(Pg)
}

conformance_tests!(pg());
