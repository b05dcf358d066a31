//! Regions: the emergency number and the urgent non-emergency service to show,
//! and the language their clinicians read. Chosen by the `region` option or on
//! the start screen; never looked up.

use super::lang::Lang;
use super::messages::Msg;

/// A number people dial, with the official page that gives it (a government,
/// its health or emergency service, or its embassy), checked on the date in
/// the README's list of regions.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Phone {
    /// The number as people write it ("1800 022 222").
    pub number: &'static str,
    /// The official page that says what the number is for. It is for the
    /// people who keep the list, and is checked by the tests; the browser never
    /// shows it, so it stays out of the download.
    #[cfg(not(target_arch = "wasm32"))]
    pub source: &'static str,
}

/// `number`, as the official page `source` gives it.
const fn phone(number: &'static str, source: &'static str) -> Phone {
    #[cfg(target_arch = "wasm32")]
    let _ = source;
    Phone {
        number,
        #[cfg(not(target_arch = "wasm32"))]
        source,
    }
}

/// A health line for urgent help that is not an emergency.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Service {
    /// Its name, as people know it, where it has one besides its number.
    pub name: Option<&'static str>,
    /// The number to dial.
    pub phone: Phone,
}

/// A region with its numbers.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Region {
    /// Stable id, as in `?region=gb`.
    pub id: &'static str,
    /// Its name.
    pub name: Msg,
    /// Numbers that reach an ambulance, the usual one first.
    pub emergency: &'static [Phone],
    /// The urgent non-emergency service, where there is one national number.
    pub service: Option<Service>,
    /// The app's languages that people there read, the one its doctors and
    /// nurses read first (for the summary).
    pub languages: &'static [Lang],
}

impl Region {
    /// Where `lang` comes among the languages read here (0 for the first), if
    /// it is read here at all.
    pub fn reads(&self, lang: Lang) -> Option<usize> {
        self.languages.iter().position(|read| *read == lang)
    }

    /// The regions where `lang` is read, those where it comes first leading,
    /// each group in table order.
    pub fn reading(lang: Lang) -> impl Iterator<Item = &'static Region> {
        let first = REGIONS
            .iter()
            .filter(move |region| region.reads(lang) == Some(0));
        let also = REGIONS
            .iter()
            .filter(move |region| region.reads(lang).is_some_and(|place| place > 0));
        first.chain(also)
    }

    /// The number to call first in an emergency.
    pub fn emergency_number(&self) -> &'static str {
        self.emergency
            .first()
            .map_or(DEFAULT_EMERGENCY, |phone| phone.number)
    }
}

/// The United Kingdom's page on 999 and 112.
const GOV_UK_999: &str =
    "https://www.gov.uk/guidance/999-and-112-the-uks-national-emergency-numbers";
/// Ireland's health service on 112 and 999.
const HSE_112: &str = "https://www2.hse.ie/emergencies/when-to-call-112-or-999/";
/// Australia's communications regulator on 000 and 112.
const ACMA_000: &str = "https://www.acma.gov.au/theACMA/emergency-call-service-faq-i-acma";
/// France's public service site on the 15 (SAMU) and 112.
const SERVICE_PUBLIC_15: &str = "https://www.service-public.fr/particuliers/vosdroits/F33954";

/// Every region the app knows, grouped by the language spoken there. A
/// country is here only with an emergency number confirmed on an official
/// page (the README lists the countries left out, and why).
pub const REGIONS: &[Region] = &[
    Region {
        id: "gb",
        name: Msg::RegionGb,
        emergency: &[
            phone("999", GOV_UK_999),
            phone("112", GOV_UK_999),
        ],
        service: Some(Service {
            name: Some("NHS 111"),
            phone: phone("111", "https://wmas.nhs.uk/999-or-111/"),
        }),
        languages: &[Lang::En],
    },
    Region {
        id: "ie",
        name: Msg::RegionIe,
        emergency: &[
            phone("112", HSE_112),
            phone("999", HSE_112),
        ],
        service: None,
        languages: &[Lang::En],
    },
    Region {
        id: "us",
        name: Msg::RegionUs,
        emergency: &[phone("911", "https://www.911.gov/about_national_911program.html")],
        service: None,
        languages: &[Lang::En],
    },
    Region {
        id: "ca",
        name: Msg::RegionCa,
        emergency: &[phone("911", "https://crtc.gc.ca/eng/archive/2018/2018-188.htm")],
        service: Some(Service {
            // Each province runs its own line on 811; the number is its name.
            name: None,
            phone: phone("811", "https://www.healthpei.ca/811"),
        }),
        languages: &[Lang::En, Lang::Fr],
    },
    Region {
        id: "au",
        name: Msg::RegionAu,
        emergency: &[
            phone("000", ACMA_000),
            phone("112", ACMA_000),
        ],
        service: Some(Service {
            name: Some("healthdirect"),
            phone: phone("1800 022 222", "https://www.healthdirect.gov.au/what-care-do-i-need"),
        }),
        languages: &[Lang::En],
    },
    Region {
        id: "eu",
        name: Msg::RegionEu,
        emergency: &[phone("112", "https://europa.eu/50/news/theme/070202_en.htm")],
        service: None,
        languages: &[Lang::En],
    },
    Region {
        id: "es",
        name: Msg::RegionEs,
        emergency: &[phone("112", "https://www.madrid112.es/index.php/que-es-el-112/el-servicio-112-de-la-comunidad-de-madrid")],
        service: None,
        languages: &[Lang::Es],
    },
    Region {
        id: "mx",
        name: Msg::RegionMx,
        emergency: &[phone("911", "https://www.gob.mx/policiafederal/articulos/088-911-responder-ante-cualquier-llamado")],
        service: None,
        languages: &[Lang::Es],
    },
    Region {
        id: "ar",
        name: Msg::RegionAr,
        // 107 reaches the ambulance in most provinces; 911 the emergency services.
        emergency: &[
            phone("107", "https://www.santafe.gob.ar/index.php/web/content/view/full/258167/(subtema)/114560"),
            phone("911", "https://emergencias911.mseg.gba.gov.ar/preguntas"),
        ],
        service: None,
        languages: &[Lang::Es],
    },
    Region {
        id: "cl",
        name: Msg::RegionCl,
        emergency: &[phone("131", "https://cl.usembassy.gov/u-s-citizen-services/local-resources-of-u-s-citizens/emergency-assistance/")],
        service: None,
        languages: &[Lang::Es],
    },
    Region {
        id: "co",
        name: Msg::RegionCo,
        emergency: &[phone("123", "https://bogota.gov.co/mi-ciudad/salud/como-solicitar-un-servicio-de-ambulancia")],
        service: None,
        languages: &[Lang::Es],
    },
    Region {
        id: "pe",
        name: Msg::RegionPe,
        emergency: &[phone("106", "https://www.gov.br/mre/pt-br/embaixada-lima/sc/viagem/viagem-ao-peru/saude")],
        service: None,
        languages: &[Lang::Es],
    },
    Region {
        id: "sa",
        name: Msg::RegionSa,
        emergency: &[phone("997", "https://sa.usembassy.gov/message-for-u-s-citizens-security-practices/")],
        service: Some(Service {
            // The Ministry of Health's call centre, known by its number.
            name: None,
            phone: phone("937", "https://www.moh.gov.sa/en/Ministry/MediaCenter/News/Pages/News-2016-01-12-001.aspx"),
        }),
        languages: &[Lang::Ar],
    },
    Region {
        id: "ae",
        name: Msg::RegionAe,
        // 998 is the ambulance; 999 (the police) takes medical emergencies too.
        emergency: &[
            phone("998", "https://www.nationalambulance.ae/en/news_detail/32"),
            phone("999", "https://www.adpolice.gov.ae/en/Media-Center/News/2021/06/19/ADP-Launches-Social-Initiative-to-Honor-Operation-Room-Informants"),
        ],
        service: None,
        languages: &[Lang::Ar],
    },
    Region {
        id: "jo",
        name: Msg::RegionJo,
        emergency: &[phone("911", "https://www.psd.gov.jo/en-us/content/news/public-security-directorate-warns-of-the-state-of-air-conditions-affecting-the-kingdom/")],
        service: None,
        languages: &[Lang::Ar],
    },
    Region {
        id: "ma",
        name: Msg::RegionMa,
        emergency: &[phone("15", "https://www.cia.gov/the-world-factbook/about/archives/2023/countries/morocco/travel-facts/")],
        service: None,
        languages: &[Lang::Ar],
    },
    Region {
        id: "qa",
        name: Msg::RegionQa,
        emergency: &[phone("999", "https://www.hamad.qa/EN/news/2022/October/Pages/HMCs-Launches-Awareness-Campaign-Asking-Public-to-%E2%80%98Save-the-Ambulance-Service-for-Medical-Emergencies.aspx")],
        service: None,
        languages: &[Lang::Ar],
    },
    Region {
        id: "fr",
        name: Msg::RegionFr,
        emergency: &[
            phone("15", SERVICE_PUBLIC_15),
            phone("112", SERVICE_PUBLIC_15),
        ],
        service: None,
        languages: &[Lang::Fr],
    },
    Region {
        id: "be",
        name: Msg::RegionBe,
        emergency: &[phone("112", "https://www.sos112.be/en/no-nonsense.html")],
        service: None,
        languages: &[Lang::Fr],
    },
    Region {
        id: "ch",
        name: Msg::RegionCh,
        // 144 reaches the ambulance directly; 112 the cantonal police.
        emergency: &[
            phone("144", "https://blog.alertswiss.ch/de/rubriken/vorsorge/notrufnummer-144-fuer-alle-medizinischen-notfaelle/"),
            phone("112", "https://blog.alertswiss.ch/fr/rubrique/nouvelles-de-lofpp/journee-europeenne-du-numero-durgence-112"),
        ],
        service: None,
        languages: &[Lang::Fr],
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

/// The language a clinician in `region` reads: the first of the region's, or
/// English where no region is chosen. The European Union has English, the most
/// widely read there; Canada has English first, then French (read in Quebec).
pub fn clinician_lang(region: Option<&Region>) -> Lang {
    region
        .and_then(|region| region.languages.first().copied())
        .unwrap_or(Lang::En)
}
