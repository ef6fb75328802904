/// Draws synthetic people: names from several naming cultures (about a third with non-ASCII letters), an email
/// derived from the name, a random phone number and a city.
enum SyntheticPeople {
    /// A place a candidate lives, with what the contact block needs.
    struct Place: Sendable {
        var city: String
        var countryCode: String
        var countryName: String
        /// International calling code without `+`.
        var callingCode: String
    }

    /// Names that belong together, and where such people tend to live.
    struct Culture: Sendable {
        var weight: Int
        var givenNames: [String]
        var familyNames: [String]
        /// Percent of people who write the family name first (`Nguyễn Thị Lan`, `Ōtsuka Hiroshi`).
        var familyFirstPercent: Int = 0
        /// The native language, for the Languages section.
        var language: String
        var places: [Place]
    }

    /// Draws a person; `culture` is returned as well so the resume can list a matching native language.
    static func person(using random: inout SeededRandom) -> (person: SyntheticPerson, culture: Culture) {
        let culture = cultures[random.weightedIndex(cultureWeights)]
        let given = random.pick(culture.givenNames)
        let family = random.pick(culture.familyNames)
        let formatted = random.chance(culture.familyFirstPercent) ? "\(family) \(given)" : "\(given) \(family)"
        let place = random.chance(75) ? random.pick(culture.places) : random.pick(allPlaces)
        let person = SyntheticPerson(
            givenName: given,
            familyName: family,
            formattedName: formatted,
            email: email(given: given, family: family, using: &random),
            phone: phone(for: place, using: &random),
            website: random.chance(30) ? website(given: given, family: family, using: &random) : nil,
            city: place.city,
            countryCode: place.countryCode,
            countryName: place.countryName
        )
        return (person, culture)
    }

    /// A lowercase ASCII slug of a name part: `Núñez` → `nunez`, `O'Connor` → `oconnor`, `Thị Lan` → `thilan`.
    static func slug(_ name: String, separator: String = "") -> String {
        var result = ""
        result.reserveCapacity(name.utf8.count)
        var pendingSeparator = false
        for scalar in SyntheticText.asciiFolded(name).unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9":
                if pendingSeparator, !result.isEmpty { result += separator }
                pendingSeparator = false
                result.unicodeScalars.append(scalar)
            case "A"..."Z":
                if pendingSeparator, !result.isEmpty { result += separator }
                pendingSeparator = false
                result.unicodeScalars.append(Unicode.Scalar(scalar.value + 32)!)
            case " ", "-":
                pendingSeparator = true
            default:
                break
            }
        }
        return result
    }

    private static func email(given: String, family: String, using random: inout SeededRandom) -> String {
        let first = slug(given)
        let last = slug(family)
        let domain = random.chance(70) ? "example.com" : "example.org"
        let local: String
        // A number in every style: a dump of thousands has many people with one common name, each with an address of
        // their own (shared addresses would read as the same person applying twice).
        switch random.below(6) {
        case 0, 1: local = "\(first).\(last)\(random.int(in: 10...9999))"
        case 2: local = "\(first.prefix(1))\(last)\(random.int(in: 100...99999))"
        case 3: local = "\(first)_\(last)\(random.int(in: 1940...2009))\(random.int(in: 1...99))"
        case 4: local = "\(last).\(first).\(random.int(in: 100...9999))"
        default: local = "\(first)\(last)\(random.int(in: 1000...99999))"
        }
        return "\(local)@\(domain)"
    }

    private static func website(given: String, family: String, using random: inout SeededRandom) -> String {
        let name = slug("\(given) \(family)", separator: "-")
        switch random.below(3) {
        case 0: return "https://www.example.org/in/\(name)"
        case 1: return "https://\(slug(family)).example.com"
        default: return "https://example.com/~\(slug(given))"
        }
    }

    /// A phone number with seven random digits after the area code (exchange 200–999), so that even 100,000
    /// generated people rarely share one (shared numbers read as the same person applying twice). The numbers are
    /// random, not known to belong to anyone; the formats vary as they do in real resumes.
    private static func phone(for place: Place, using random: inout SeededRandom) -> String {
        let exchange = String(random.int(in: 200...999))
        let line = String(random.int(in: 1000...9999))
        if place.callingCode == "1" {
            let area = random.pick([
                "206", "212", "303", "312", "415", "416", "512", "617", "604", "720", "202", "213", "305", "404",
                "503", "602", "702", "713", "808", "919", "514", "613", "780", "902", "248", "347", "469", "510",
                "646", "773",
            ])
            switch random.below(3) {
            case 0: return "(\(area)) \(exchange)-\(line)"
            case 1: return "+1 \(area)-\(exchange)-\(line)"
            default: return "\(area).\(exchange).\(line)"
            }
        }
        let area = String(random.int(in: 20...89))
        return random.chance(80)
            ? "+\(place.callingCode) \(area) \(exchange) \(line)" : "0\(area) \(exchange) \(line)"
    }

    private static let cultureWeights = cultures.map(\.weight)

    private static let allPlaces = cultures.flatMap(\.places)

    // Weights tuned so that about a third of names (30–36%) contain a non-ASCII letter.
    static let cultures: [Culture] = [
        Culture(
            weight: 38,
            givenNames: [
                "James", "Emily", "Michael", "Sarah", "David", "Olivia", "Daniel", "Hannah", "Chris", "Laura", "Ryan",
                "Megan", "Thomas", "Grace", "Andrew", "Jessica", "Zoë", "Renée", "Liam", "Rachel", "Matthew",
            ],
            familyNames: [
                "Smith", "Johnson", "Brown", "Taylor", "Walker", "O'Connor", "Murphy", "Clarke", "Hughes", "Bennett",
                "Campbell", "Reid", "Foster", "McAllister", "Evans", "Wright", "Sullivan", "Harris",
            ],
            language: "English",
            places: [
                Place(city: "London", countryCode: "GB", countryName: "United Kingdom", callingCode: "44"),
                Place(city: "Edinburgh", countryCode: "GB", countryName: "United Kingdom", callingCode: "44"),
                Place(city: "Manchester", countryCode: "GB", countryName: "United Kingdom", callingCode: "44"),
                Place(city: "Seattle", countryCode: "US", countryName: "United States", callingCode: "1"),
                Place(city: "Austin", countryCode: "US", countryName: "United States", callingCode: "1"),
                Place(city: "Chicago", countryCode: "US", countryName: "United States", callingCode: "1"),
                Place(city: "Boston", countryCode: "US", countryName: "United States", callingCode: "1"),
                Place(city: "Denver", countryCode: "US", countryName: "United States", callingCode: "1"),
                Place(city: "Toronto", countryCode: "CA", countryName: "Canada", callingCode: "1"),
                Place(city: "Dublin", countryCode: "IE", countryName: "Ireland", callingCode: "353"),
                Place(city: "Sydney", countryCode: "AU", countryName: "Australia", callingCode: "61"),
            ]),
        Culture(
            weight: 7,
            givenNames: [
                "José", "María", "Ángel", "Lucía", "Sofía", "Javier", "Carmen", "Raúl", "Inés", "Pablo", "Marta",
                "Diego",
            ],
            familyNames: [
                "Núñez", "García", "Rodríguez", "Martínez", "Pérez", "López", "Fernández", "Ibáñez", "Sánchez",
                "Muñoz", "Torres", "Ruiz",
            ],
            language: "Spanish",
            places: [
                Place(city: "Madrid", countryCode: "ES", countryName: "Spain", callingCode: "34"),
                Place(city: "Sevilla", countryCode: "ES", countryName: "Spain", callingCode: "34"),
                Place(city: "Málaga", countryCode: "ES", countryName: "Spain", callingCode: "34"),
                Place(city: "Ciudad de México", countryCode: "MX", countryName: "Mexico", callingCode: "52"),
                Place(city: "Bogotá", countryCode: "CO", countryName: "Colombia", callingCode: "57"),
            ]),
        Culture(
            weight: 4,
            givenNames: ["Søren", "Mårten", "Åsa", "Björn", "Linnéa", "Erik", "Ingrid", "Jørgen", "Sigrid", "Nils"],
            familyNames: [
                "Åkesson", "Kierkegård", "Ødegård", "Lindqvist", "Håkansson", "Sjöberg", "Nyström", "Bjørnstad",
                "Andersen", "Larsson",
            ],
            language: "Swedish",
            places: [
                Place(city: "Malmö", countryCode: "SE", countryName: "Sweden", callingCode: "46"),
                Place(city: "Göteborg", countryCode: "SE", countryName: "Sweden", callingCode: "46"),
                Place(city: "København", countryCode: "DK", countryName: "Denmark", callingCode: "45"),
                Place(city: "Aarhus", countryCode: "DK", countryName: "Denmark", callingCode: "45"),
                Place(city: "Tromsø", countryCode: "NO", countryName: "Norway", callingCode: "47"),
                Place(city: "Oslo", countryCode: "NO", countryName: "Norway", callingCode: "47"),
            ]),
        Culture(
            weight: 3,
            givenNames: ["Łukasz", "Małgorzata", "Paweł", "Agnieszka", "Michał", "Zofia", "Wojciech", "Katarzyna"],
            familyNames: [
                "Wróbel", "Nowak", "Kamiński", "Lewandowski", "Zieliński", "Dąbrowski", "Wójcik", "Kaczmarek",
            ],
            language: "Polish",
            places: [
                Place(city: "Kraków", countryCode: "PL", countryName: "Poland", callingCode: "48"),
                Place(city: "Wrocław", countryCode: "PL", countryName: "Poland", callingCode: "48"),
                Place(city: "Gdańsk", countryCode: "PL", countryName: "Poland", callingCode: "48"),
                Place(city: "Warszawa", countryCode: "PL", countryName: "Poland", callingCode: "48"),
            ]),
        Culture(
            weight: 3,
            givenNames: ["Thị Lan", "Văn Minh", "Thu Hà", "Đức Anh", "Ngọc Ánh", "Quang Huy"],
            familyNames: ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ"],
            familyFirstPercent: 80,
            language: "Vietnamese",
            places: [
                Place(city: "Hà Nội", countryCode: "VN", countryName: "Vietnam", callingCode: "84"),
                Place(city: "Đà Nẵng", countryCode: "VN", countryName: "Vietnam", callingCode: "84"),
                Place(city: "Ho Chi Minh City", countryCode: "VN", countryName: "Vietnam", callingCode: "84"),
            ]),
        Culture(
            weight: 3,
            givenNames: ["Hiroshi", "Yūko", "Takeshi", "Haruka", "Kenji", "Ayumi", "Shōta", "Naomi"],
            familyNames: ["Ōtsuka", "Satō", "Itō", "Tanaka", "Suzuki", "Watanabe", "Kōno", "Yamamoto"],
            familyFirstPercent: 50,
            language: "Japanese",
            places: [
                Place(city: "Ōsaka", countryCode: "JP", countryName: "Japan", callingCode: "81"),
                Place(city: "Tokyo", countryCode: "JP", countryName: "Japan", callingCode: "81"),
                Place(city: "Fukuoka", countryCode: "JP", countryName: "Japan", callingCode: "81"),
            ]),
        Culture(
            weight: 3,
            givenNames: ["Çağla", "Emre", "Gökhan", "Şule", "Ömer", "Ayşe", "Deniz", "İlker"],
            familyNames: ["Yıldız", "Öztürk", "Şahin", "Demir", "Çelik", "Aydın", "Kaya", "Doğan"],
            language: "Turkish",
            places: [
                Place(city: "İstanbul", countryCode: "TR", countryName: "Türkiye", callingCode: "90"),
                Place(city: "Ankara", countryCode: "TR", countryName: "Türkiye", callingCode: "90"),
                Place(city: "İzmir", countryCode: "TR", countryName: "Türkiye", callingCode: "90"),
            ]),
        Culture(
            weight: 6,
            givenNames: ["Jürgen", "Lena", "Maximilian", "Katrin", "Tobias", "Anja", "Jörg", "Sabine", "Lukas"],
            familyNames: ["Müller", "Schröder", "Weiß", "Becker", "Hoffmann", "Krüger", "Schmidt", "Wagner", "Groß"],
            language: "German",
            places: [
                Place(city: "München", countryCode: "DE", countryName: "Germany", callingCode: "49"),
                Place(city: "Berlin", countryCode: "DE", countryName: "Germany", callingCode: "49"),
                Place(city: "Köln", countryCode: "DE", countryName: "Germany", callingCode: "49"),
                Place(city: "Zürich", countryCode: "CH", countryName: "Switzerland", callingCode: "41"),
                Place(city: "Wien", countryCode: "AT", countryName: "Austria", callingCode: "43"),
            ]),
        Culture(
            weight: 4,
            givenNames: ["François", "Chloé", "Hélène", "Julien", "Amélie", "Mathieu", "Élodie", "Camille"],
            familyNames: ["Lefèvre", "Dubois", "Moreau", "Girard", "Bélanger", "Fournier", "Lemaître", "Roux"],
            language: "French",
            places: [
                Place(city: "Montréal", countryCode: "CA", countryName: "Canada", callingCode: "1"),
                Place(city: "Paris", countryCode: "FR", countryName: "France", callingCode: "33"),
                Place(city: "Lyon", countryCode: "FR", countryName: "France", callingCode: "33"),
                Place(city: "Genève", countryCode: "CH", countryName: "Switzerland", callingCode: "41"),
            ]),
        Culture(
            weight: 11,
            givenNames: ["Priya", "Rahul", "Ananya", "Vikram", "Sneha", "Arjun", "Kavya", "Rohan"],
            familyNames: ["Sharma", "Patel", "Iyer", "Reddy", "Gupta", "Nair", "Menon", "Kulkarni"],
            language: "Hindi",
            places: [
                Place(city: "Bengaluru", countryCode: "IN", countryName: "India", callingCode: "91"),
                Place(city: "Pune", countryCode: "IN", countryName: "India", callingCode: "91"),
                Place(city: "Hyderabad", countryCode: "IN", countryName: "India", callingCode: "91"),
                Place(city: "London", countryCode: "GB", countryName: "United Kingdom", callingCode: "44"),
            ]),
        Culture(
            weight: 7,
            givenNames: ["Wei", "Li Na", "Jun", "Xiaoming", "Mei", "Hao", "Yan", "Zihan"],
            familyNames: ["Zhang", "Wang", "Chen", "Liu", "Huang", "Zhao", "Lin", "Xu"],
            familyFirstPercent: 20,
            language: "Mandarin",
            places: [
                Place(city: "Shanghai", countryCode: "CN", countryName: "China", callingCode: "86"),
                Place(city: "Shenzhen", countryCode: "CN", countryName: "China", callingCode: "86"),
                Place(city: "Singapore", countryCode: "SG", countryName: "Singapore", callingCode: "65"),
                Place(city: "Vancouver", countryCode: "CA", countryName: "Canada", callingCode: "1"),
            ]),
        Culture(
            weight: 4,
            givenNames: ["Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Funmilayo", "Tunde", "Ifeoma"],
            familyNames: ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Nwosu", "Adebayo", "Obi"],
            language: "Yoruba",
            places: [
                Place(city: "Lagos", countryCode: "NG", countryName: "Nigeria", callingCode: "234"),
                Place(city: "Abuja", countryCode: "NG", countryName: "Nigeria", callingCode: "234"),
                Place(city: "Manchester", countryCode: "GB", countryName: "United Kingdom", callingCode: "44"),
            ]),
        Culture(
            weight: 3,
            givenNames: ["João", "Conceição", "Thiago", "Gonçalo", "Ana", "Luís", "Beatriz", "Rafael"],
            familyNames: ["Gonçalves", "Araújo", "Simões", "Magalhães", "Silva", "Costa", "Ferreira", "Antunes"],
            language: "Portuguese",
            places: [
                Place(city: "São Paulo", countryCode: "BR", countryName: "Brazil", callingCode: "55"),
                Place(city: "Belo Horizonte", countryCode: "BR", countryName: "Brazil", callingCode: "55"),
                Place(city: "Lisboa", countryCode: "PT", countryName: "Portugal", callingCode: "351"),
                Place(city: "Porto", countryCode: "PT", countryName: "Portugal", callingCode: "351"),
            ]),
        Culture(
            weight: 4,
            givenNames: ["Omar", "Layla", "Yusuf", "Fatima", "Karim", "Nour", "Rania", "Samir"],
            familyNames: ["Haddad", "Khalil", "Mansour", "Nasser", "Saleh", "Aziz", "Hamdan", "Farouk"],
            language: "Arabic",
            places: [
                Place(city: "Dubai", countryCode: "AE", countryName: "United Arab Emirates", callingCode: "971"),
                Place(city: "Amman", countryCode: "JO", countryName: "Jordan", callingCode: "962"),
                Place(city: "Casablanca", countryCode: "MA", countryName: "Morocco", callingCode: "212"),
                Place(city: "Berlin", countryCode: "DE", countryName: "Germany", callingCode: "49"),
            ]),
    ]
}
