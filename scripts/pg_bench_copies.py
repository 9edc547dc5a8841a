#!/usr/bin/env python3
"""Print SQL that grows a PostgreSQL ahdath database for load tests (docs/postgres.md).

    python3 scripts/pg_bench_copies.py FIRST LAST | psql -q postgres://…/DB

Copy K (FIRST..LAST) adds every original article, event and record again with row ids offset by
K * 10,000,000, ids prefixed "cK-" and every day number shifted by 1096 * K days, so copies never
merge or collide. The event JSON keeps the original dates: the copies are for measuring, not for
reading. Runs VACUUM ANALYZE at the end. The column lists are those of store-pg schema version 1.
"""
import sys

COLS = {
    "articles": "rowid,id,source,url,published,pub_day,title,text,content_hash,text_hash,duplicate_of,fts,recode_gen",
    "events": "rowid,id,event_type,mode,status,date,date_precision,day_lo,day_hi,sort_day,country,admin1,lat,lon,"
    "actor_country,actor_sector,actor_id,recipient_country,recipient_sector,recipient_id,fatalities,"
    "fatalities_low,fatalities_high,first_reported,n_sources,json",
    "records": "rowid,id,article,event,event_type,mode,status,date_precision,day_lo,day_hi,loc_name,loc_admin1,"
    "loc_country,loc_level,lat,lon,actor_country,actor_sector,actor_id,recipient_country,recipient_sector,"
    "recipient_id,fatalities,injuries,completeness,words,json,fts",
}


def expr(col: str, k: int) -> str:
    off, shift = k * 10_000_000, 1096 * k
    if col == "rowid":
        return f"rowid+{off}"
    if col == "id":
        return f"'c{k}-'||id"
    if col in ("duplicate_of", "article", "event"):
        return f"{col}+{off}"
    if col in ("day_lo", "day_hi"):
        return f"{col}+{shift}"
    if col == "sort_day":
        return f"CASE WHEN sort_day=-99999999 THEN sort_day ELSE sort_day+{shift} END"
    return col


def main() -> None:
    first, last = int(sys.argv[1]), int(sys.argv[2])
    print("\\timing on")
    for k in range(first, last + 1):
        for table in ("articles", "events", "records"):
            cols = COLS[table].split(",")
            select = ",".join(expr(c, k) for c in cols)
            print(f"INSERT INTO {table} ({','.join(cols)}) SELECT {select} FROM {table} WHERE rowid < 10000000;")
    print("VACUUM ANALYZE;")


if __name__ == "__main__":
    main()
