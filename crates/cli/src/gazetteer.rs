//! `ahdath gazetteer …`: gazetteer tools. `import` turns GeoNames dumps into a gazetteer file
//! that `ahdath code --gazetteer FILE` loads beside the built-in one (docs/gazetteer.md).

use anyhow::{Context, Result};
use clap::Subcommand;
use std::path::PathBuf;

#[derive(Subcommand)]
pub enum GazetteerCmd {
    /// Build a gazetteer file (the built-in 11-column TSV, `.gz` if OUT ends so) from GeoNames
    /// dumps: places with an Arabic name and a feature ahdath uses. Bad lines are reported as
    /// FILE:LINE and skipped. Unzip GeoNames' .zip files first; .gz inputs are read as they are.
    Import {
        /// Output file (written to a temporary file, then renamed).
        #[arg(long)]
        out: PathBuf,
        /// alternateNamesV2.txt: the Arabic names (`ar`, not historic). Without it the Arabic-script
        /// entries of the places file's `alternatenames` column are used.
        #[arg(long)]
        alternate_names: Option<PathBuf>,
        /// admin1CodesASCII.txt: admin1 names for codes the built-in mapping does not know.
        #[arg(long)]
        admin1: Option<PathBuf>,
        /// admin2Codes.txt: admin2 names.
        #[arg(long)]
        admin2: Option<PathBuf>,
        /// countryInfo.txt: ISO2 → ISO3 codes (else the embedded table).
        #[arg(long)]
        country_info: Option<PathBuf>,
        /// Keep only these countries: ISO2 or ISO3 codes, comma-separated (IQ,SY or IRQ,SYR).
        #[arg(long, value_delimiter = ',')]
        countries: Vec<String>,
        /// Bad lines to print (all are counted).
        #[arg(long, default_value_t = 20)]
        max_errors: usize,
        /// Places files: allCountries.txt or XX.txt (plain or .gz).
        #[arg(required = true)]
        places: Vec<PathBuf>,
    },
}

pub fn run(cmd: GazetteerCmd) -> Result<()> {
    match cmd {
        GazetteerCmd::Import { out, alternate_names, admin1, admin2, country_info, countries, max_errors, places } => {
            let opts = ahdath_geonames::ImportOptions {
                places,
                alternate_names,
                admin1,
                admin2,
                country_info,
                countries,
                out: out.clone(),
            };
            let s =
                ahdath_geonames::import(&opts).with_context(|| format!("importing GeoNames into {}", out.display()))?;
            for line in s.to_text(max_errors).lines() {
                eprintln!("ahdath: {line}");
            }
            eprintln!("ahdath: wrote {} places to {}", s.kept, out.display());
            Ok(())
        }
    }
}
