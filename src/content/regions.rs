//! Regions: the emergency number and the urgent non-emergency service to show,
//! and the language their clinicians read. Chosen by the `region` option or on
//! the start screen; never looked up.

use super::lang::Lang;
use super::messages::Msg;

/// A health line for urgent help that is not an emergency.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Service {
    /// Its name, as people know it, where it has one besides its number.
    pub name: Option<&'static str>,
    /// The number to dial.
    pub number: &'static str,
}

/// A region with its numbers.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Region {
    /// Stable id, as in `?region=gb`.
    pub id: &'static str,
    /// Its name.
    pub name: Msg,
    /// Emergency numbers, the usual one first.
    pub emergency: &'static [&'static str],
    /// The urgent non-emergency service, where there is one national number.
    pub service: Option<Service>,
    /// The language its doctors and nurses read, for the summary.
    pub lang: Lang,
}

/// Every region the app knows.
pub const REGIONS: &[Region] = &[
    Region {
        id: "gb",
        name: Msg::RegionGb,
        emergency: &["999", "112"],
        service: Some(Service {
            name: Some("NHS 111"),
            number: "111",
        }),
        lang: Lang::En,
    },
    Region {
        id: "ie",
        name: Msg::RegionIe,
        emergency: &["112", "999"],
        service: None,
        lang: Lang::En,
    },
    Region {
        id: "us",
        name: Msg::RegionUs,
        emergency: &["911"],
        service: None,
        lang: Lang::En,
    },
    Region {
        id: "ca",
        name: Msg::RegionCa,
        emergency: &["911"],
        service: Some(Service {
            // Each province runs its own line on 811; the number is its name.
            name: None,
            number: "811",
        }),
        lang: Lang::En,
    },
    Region {
        id: "au",
        name: Msg::RegionAu,
        emergency: &["000", "112"],
        service: Some(Service {
            name: Some("healthdirect"),
            number: "1800 022 222",
        }),
        lang: Lang::En,
    },
    Region {
        id: "eu",
        name: Msg::RegionEu,
        emergency: &["112"],
        service: None,
        lang: Lang::En,
    },
    Region {
        id: "es",
        name: Msg::RegionEs,
        emergency: &["112"],
        service: None,
        lang: Lang::Es,
    },
    Region {
        id: "mx",
        name: Msg::RegionMx,
        emergency: &["911"],
        service: None,
        lang: Lang::Es,
    },
];

/// The number shown when no region is chosen: 112 works across Europe and from
/// most mobile phones, and the screen explains the others.
pub const DEFAULT_EMERGENCY: &str = "112";

/// The region with this id (any case), if the app knows it.
pub fn region(id: &str) -> Option<&'static Region> {
    REGIONS
        .iter()
        .find(|region| region.id.eq_ignore_ascii_case(id))
}

/// The language a clinician in `region` reads: the region's, or English where
/// no region is chosen (and for the European Union, where English is the most
/// widely read).
pub fn clinician_lang(region: Option<&Region>) -> Lang {
    region.map_or(Lang::En, |region| region.lang)
}
