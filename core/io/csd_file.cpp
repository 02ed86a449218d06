#include "io/csd_file.h"

#include "base/input_error.h"
#include "base/version.h"
#include "io/atomic_file.h"
#include "io/input_file.h"
#include "io/json_reader.h"
#include "io/sqlite.h"
#include "model/operation.h"

#include <chrono>
#include <ctime>
#include <limits>
#include <set>

namespace cs {

using namespace design_limits;

using nlohmann::json;

namespace {

// PRAGMA application_id of every ClusterStudio project: "CSD1" in ASCII.
constexpr std::int64_t kApplicationId = 0x43534431;
constexpr std::int64_t kMaxId = std::numeric_limits<std::uint32_t>::max();

const char* const kSchema = R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE catalog (kind TEXT NOT NULL, id TEXT NOT NULL, entry TEXT NOT NULL, PRIMARY KEY (kind, id));
CREATE TABLE racks (id INTEGER PRIMARY KEY, name TEXT NOT NULL, x REAL NOT NULL, y REAL NOT NULL,
                    max_kw REAL NOT NULL, height_u INTEGER NOT NULL, cooling TEXT NOT NULL,
                    cooling_kw REAL NOT NULL);
CREATE TABLE devices (id INTEGER PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, x REAL NOT NULL,
                      y REAL NOT NULL, rack INTEGER, rack_u INTEGER NOT NULL, gpu TEXT NOT NULL, network TEXT,
                      role TEXT NOT NULL, plane INTEGER NOT NULL);
CREATE TABLE ports (device INTEGER NOT NULL, port INTEGER NOT NULL, name TEXT NOT NULL, network TEXT,
                    max_gbps INTEGER NOT NULL, connector TEXT NOT NULL, media TEXT NOT NULL,
                    PRIMARY KEY (device, port)) WITHOUT ROWID;
CREATE TABLE links (id INTEGER PRIMARY KEY, a_device INTEGER NOT NULL, a_port TEXT NOT NULL,
                    b_device INTEGER NOT NULL, b_port TEXT NOT NULL, network TEXT NOT NULL, gbps INTEGER NOT NULL,
                    cable TEXT NOT NULL, length_m REAL NOT NULL);
CREATE TABLE scenarios (id INTEGER PRIMARY KEY, name TEXT NOT NULL, plan TEXT NOT NULL, variant TEXT NOT NULL);
CREATE TABLE view (key TEXT PRIMARY KEY, value TEXT NOT NULL);
)sql";

// Each step takes a database from version N to N + 1 (index 0: 1 -> 2).
const char* const kMigrations[] = {
    // 2: the studio keeps its view state in the file; cables carry a length for the cable schedule.
    "CREATE TABLE view (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "ALTER TABLE links ADD COLUMN length_m REAL NOT NULL DEFAULT 0;",
    // 3: racks say how they are cooled; switches of a multi-plane fabric name their plane.
    "ALTER TABLE racks ADD COLUMN cooling TEXT NOT NULL DEFAULT 'air';"
    "ALTER TABLE racks ADD COLUMN cooling_kw REAL NOT NULL DEFAULT 0;"
    "ALTER TABLE devices ADD COLUMN plane INTEGER NOT NULL DEFAULT 0;",
};
static_assert(std::size(kMigrations) == kCsdSchemaVersion - 1);

std::string nowUtc() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[sizeof "2026-01-01T00:00:00Z"];
    std::strftime(text, sizeof text, "%FT%TZ", &utc);
    return text;
}

void writeCatalog(SqliteDatabase& db, const Design& design) {
    std::set<std::string> types, gpus, cables;
    for (const Device& device : design.devices().items()) {
        if (types.insert(device.type).second) {
            if (const auto& gpu = design.typeOf(device).gpu)
                gpus.insert(gpu->supported.begin(), gpu->supported.end());
        }
    }
    for (const Link& link : design.links().items()) {
        if (!link.cable.empty())
            cables.insert(link.cable);
    }
    Statement insert(db, "INSERT INTO catalog (kind, id, entry) VALUES (?, ?, ?)");
    const Catalog& catalog = design.catalog();
    for (const std::string& id : gpus)
        insert.bind(1, std::string_view("gpu")).bind(2, id).bind(3, catalog.gpu(id)->entry.dump()).run();
    for (const std::string& id : types)
        insert.bind(1, std::string_view("device"))
            .bind(2, id)
            .bind(3, catalog.device(id)->entry.dump())
            .run();
    for (const std::string& id : cables)
        insert.bind(1, std::string_view("cable")).bind(2, id).bind(3, catalog.cable(id)->entry.dump()).run();
}

void writeDesign(SqliteDatabase& db, const Design& design) {
    Statement rack(db, "INSERT INTO racks VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (const Rack& r : design.racks().items()) {
        rack.bind(1, std::int64_t{r.id}).bind(2, r.name).bind(3, r.x).bind(4, r.y).bind(5, r.max_kw);
        rack.bind(6, std::int64_t{r.height_u}).bind(7, coolingId(r.cooling)).bind(8, r.cooling_kw).run();
    }
    Statement device(db, "INSERT INTO devices VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement port(db, "INSERT INTO ports VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const Device& d : design.devices().items()) {
        device.bind(1, std::int64_t{d.id}).bind(2, d.type).bind(3, d.name).bind(4, d.x).bind(5, d.y);
        if (d.rack == kNoRack)
            device.bindNull(6);
        else
            device.bind(6, std::int64_t{d.rack});
        device.bind(7, std::int64_t{d.rack_u}).bind(8, d.gpu);
        if (d.network)
            device.bind(9, networkId(*d.network));
        else
            device.bindNull(9);
        device.bind(10, d.role).bind(11, std::int64_t{d.plane}).run();

        const DeviceType& type = design.typeOf(d);
        for (int p = 0; p < type.portCount(); ++p) {
            const PortGroup& group = type.groupOfPort(p);
            port.bind(1, std::int64_t{d.id}).bind(2, std::int64_t{p}).bind(3, type.portName(p));
            if (auto network = design.portNetwork(d, p))
                port.bind(4, networkId(*network));
            else
                port.bindNull(4);
            port.bind(5, std::int64_t{group.maxGbps()})
                .bind(6, group.connector)
                .bind(7, mediaId(group.media))
                .run();
        }
    }
    Statement link(db, "INSERT INTO links VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const Link& l : design.links().items()) {
        link.bind(1, std::int64_t{l.id}).bind(2, std::int64_t{l.a.device}).bind(3, design.portName(l.a));
        link.bind(4, std::int64_t{l.b.device}).bind(5, design.portName(l.b)).bind(6, networkId(l.network));
        link.bind(7, std::int64_t{l.gbps}).bind(8, l.cable).bind(9, l.length_m).run();
    }
    Statement scenario(db, "INSERT INTO scenarios VALUES (?, ?, ?, ?)");
    for (const Scenario& s : design.scenarios().items()) {
        scenario.bind(1, std::int64_t{s.id})
            .bind(2, s.name)
            .bind(3, s.plan.dump())
            .bind(4, s.variant.dump())
            .run();
    }
    Statement view(db, "INSERT INTO view VALUES (?, ?)");
    for (const auto& [key, value] : design.view_state)
        view.bind(1, key).bind(2, value).run();
}

// Reading --------------------------------------------------------------------------------------------------

class CsdReader {
public:
    CsdReader(SqliteDatabase& db)
        : db_(db) {}

    Design read() {
        Design design;
        readMeta(design);
        readCatalog(design);
        readRacks(design);
        readDevices(design);
        checkPorts(design);
        readLinks(design);
        readScenarios(design);
        readView(design);
        return design;
    }

private:
    [[noreturn]] void fail(const std::string& what) const {
        throw InputError(db_.displayName() + ": " + what);
    }

    void applyRow(Design& design, Operation operation, const std::string& row) {
        try {
            design.apply(operation);
        } catch (const InputError&) {
            rethrowWithContext(db_.displayName() + ": " + row);
        }
    }

    Network readNetwork(const Statement& row, int column, const std::string& what) const {
        const std::string id = row.text(column, what);
        auto network = parseNetwork(id);
        if (!network)
            fail(what + ": unknown network '" + id + "'");
        return *network;
    }

    json readJson(const Statement& row, int column, const std::string& what) const {
        json value = parseJsonText(row.text(column, what), db_.displayName() + ": " + what);
        if (!value.is_object())
            fail(what + ": expected a JSON object");
        return value;
    }

    void readMeta(Design& design) {
        Statement meta(db_, "SELECT key, value FROM meta");
        while (meta.step()) {
            const std::string key = meta.text(0, "meta key");
            const std::string value = meta.text(1, "meta " + key);
            if (key == "name")
                design.name = value;
            else if (key == "created")
                design.created = value;
        }
    }

    void readCatalog(Design& design) {
        for (const char* kind : {"gpu", "device", "cable"}) {
            Statement rows(db_, "SELECT id, entry FROM catalog WHERE kind = ? ORDER BY id");
            rows.bind(1, std::string_view(kind));
            while (rows.step()) {
                const std::string id = rows.text(0, std::string("catalog ") + kind + " id");
                const std::string where = db_.displayName() + ": catalog " + kind + " '" + id + "'";
                const json entry = parseJsonText(rows.text(1, "catalog entry " + id), where);
                try {
                    if (kind == std::string_view("gpu"))
                        design.catalog().addGpu(Catalog::parseGpu(entry, ""));
                    else if (kind == std::string_view("device"))
                        design.catalog().addDevice(Catalog::parseDevice(entry, ""));
                    else
                        design.catalog().addCable(Catalog::parseCable(entry, ""));
                } catch (const InputError&) {
                    rethrowWithContext(where);
                }
            }
        }
        Statement unknown(db_, "SELECT count(*) FROM catalog WHERE kind NOT IN ('gpu', 'device', 'cable')");
        if (unknown.step() && unknown.integer(0, "catalog", 0, kMaxId) != 0)
            fail("catalog: unknown entry kind");
    }

    void readRacks(Design& design) {
        Statement rows(db_, "SELECT id, name, x, y, max_kw, height_u, cooling, cooling_kw FROM racks");
        while (rows.step()) {
            Rack rack;
            rack.id = static_cast<RackId>(rows.integer(0, "racks.id", 1, kMaxId));
            const std::string row = "racks id " + std::to_string(rack.id);
            rack.name = rows.text(1, row + ": name");
            rack.x = rows.real(2, row + ": x");
            rack.y = rows.real(3, row + ": y");
            rack.max_kw = rows.real(4, row + ": max_kw");
            rack.height_u = static_cast<int>(rows.integer(5, row + ": height_u", 1, kMaxRackHeightU));
            const std::string cooling = rows.text(6, row + ": cooling");
            const auto parsed = parseCooling(cooling);
            if (!parsed)
                fail(row + ": unknown cooling '" + cooling + "'");
            rack.cooling = *parsed;
            rack.cooling_kw = rows.real(7, row + ": cooling_kw");
            applyRow(design, {Add<Rack>{std::move(rack)}}, row);
        }
    }

    void readDevices(Design& design) {
        Statement rows(db_,
                       "SELECT id, type, name, x, y, rack, rack_u, gpu, network, role, plane FROM devices");
        while (rows.step()) {
            Device device;
            device.id = static_cast<DeviceId>(rows.integer(0, "devices.id", 1, kMaxId));
            const std::string row = "devices id " + std::to_string(device.id);
            device.type = rows.text(1, row + ": type");
            if (!design.catalog().device(device.type))
                fail(row + ": type '" + device.type + "' has no catalog entry in the file");
            device.name = rows.text(2, row + ": name");
            device.x = rows.real(3, row + ": x");
            device.y = rows.real(4, row + ": y");
            if (!rows.isNull(5))
                device.rack = static_cast<RackId>(rows.integer(5, row + ": rack", 1, kMaxId));
            device.rack_u = static_cast<int>(rows.integer(6, row + ": rack_u", 0, kMaxRackHeightU));
            device.gpu = rows.text(7, row + ": gpu");
            if (!rows.isNull(8))
                device.network = readNetwork(rows, 8, row + ": network");
            device.role = rows.text(9, row + ": role");
            device.plane = static_cast<int>(rows.integer(10, row + ": plane", 0, kMaxPlanes));
            applyRow(design, {Add<Device>{std::move(device)}}, row);
        }
    }

    // The ports table is derived from the catalog entries; a file whose table disagrees has been tampered
    // with or damaged, and its links cannot be trusted.
    void checkPorts(const Design& design) {
        std::size_t expected = 0;
        for (const Device& device : design.devices().items())
            expected += static_cast<std::size_t>(design.typeOf(device).portCount());
        std::size_t seen = 0;
        Statement rows(db_, "SELECT device, port, name, network, max_gbps, connector, media FROM ports");
        while (rows.step()) {
            const auto id = static_cast<DeviceId>(rows.integer(0, "ports.device", 1, kMaxId));
            const Device* device = design.devices().find(id);
            if (!device)
                fail("ports: unknown device " + std::to_string(id));
            const DeviceType& type = design.typeOf(*device);
            const std::string row = "ports of device " + std::to_string(id);
            const int port = static_cast<int>(rows.integer(1, row + ": port", 0, type.portCount() - 1));
            const PortGroup& group = type.groupOfPort(port);
            const auto network = design.portNetwork(*device, port);
            const bool agrees =
                rows.text(2, row + ": name") == type.portName(port) &&
                (rows.isNull(3) ? !network
                                : network && rows.text(3, row + ": network") == networkId(*network)) &&
                rows.integer(4, row + ": max_gbps", 0, kMaxId) == group.maxGbps() &&
                rows.text(5, row + ": connector") == group.connector &&
                rows.text(6, row + ": media") == mediaId(group.media);
            if (!agrees)
                fail(row + ": port " + type.portName(port) + " disagrees with the catalog entry of " +
                     type.id);
            ++seen;
        }
        if (seen != expected)
            fail("ports: " + std::to_string(seen) + " rows where the devices have " +
                 std::to_string(expected) + " ports");
    }

    Endpoint readEndpoint(const Statement& rows, int column, const Design& design, const std::string& what) {
        Endpoint end;
        end.device = static_cast<DeviceId>(rows.integer(column, what + " device", 1, kMaxId));
        const Device* device = design.devices().find(end.device);
        if (!device)
            fail(what + ": unknown device " + std::to_string(end.device));
        const std::string port = rows.text(column + 1, what + " port");
        auto index = design.typeOf(*device).portIndex(port);
        if (!index)
            fail(what + ": '" + port + "' is not a port of " + device->type);
        end.port = static_cast<std::uint16_t>(*index);
        return end;
    }

    void readLinks(Design& design) {
        Statement rows(
            db_, "SELECT id, a_device, a_port, b_device, b_port, network, gbps, cable, length_m FROM links");
        while (rows.step()) {
            Link link;
            link.id = static_cast<LinkId>(rows.integer(0, "links.id", 1, kMaxId));
            const std::string row = "links id " + std::to_string(link.id);
            link.a = readEndpoint(rows, 1, design, row + ": a");
            link.b = readEndpoint(rows, 3, design, row + ": b");
            link.network = readNetwork(rows, 5, row + ": network");
            link.gbps = static_cast<int>(rows.integer(6, row + ": gbps", 1, kMaxLinkGbps));
            link.cable = rows.text(7, row + ": cable");
            if (!link.cable.empty() && !design.catalog().cable(link.cable))
                fail(row + ": cable '" + link.cable + "' has no catalog entry in the file");
            link.length_m = rows.real(8, row + ": length_m");
            applyRow(design, {Add<Link>{std::move(link)}}, row);
        }
    }

    void readScenarios(Design& design) {
        Statement rows(db_, "SELECT id, name, plan, variant FROM scenarios");
        while (rows.step()) {
            Scenario scenario;
            scenario.id = static_cast<ScenarioId>(rows.integer(0, "scenarios.id", 1, kMaxId));
            const std::string row = "scenarios id " + std::to_string(scenario.id);
            scenario.name = rows.text(1, row + ": name");
            scenario.plan = readJson(rows, 2, row + ": plan");
            scenario.variant = readJson(rows, 3, row + ": variant");
            applyRow(design, {Add<Scenario>{std::move(scenario)}}, row);
        }
    }

    void readView(Design& design) {
        Statement rows(db_, "SELECT key, value FROM view");
        while (rows.step()) {
            std::string key = rows.text(0, "view key");
            design.view_state[key] = rows.text(1, "view " + key);
        }
    }

    SqliteDatabase& db_;
};

int schemaVersionOf(SqliteDatabase& db) {
    if (!db.tableExists("meta"))
        db.fail("not a ClusterStudio project (no meta table)");
    Statement version(db, "SELECT value FROM meta WHERE key = 'schema_version'");
    if (!version.step())
        throw InputError(db.displayName() + ": not a ClusterStudio project (no schema_version)");
    const std::string text = version.text(0, "meta schema_version");
    int number = 0;
    try {
        std::size_t used = 0;
        number = std::stoi(text, &used);
        if (used != text.size())
            throw std::invalid_argument(text);
    } catch (const std::exception&) {
        throw InputError(db.displayName() + ": meta schema_version: '" + text + "' is not a number");
    }
    if (number < 1)
        throw InputError(db.displayName() + ": meta schema_version: " + text + " is not a valid version");
    return number;
}

void checkIsSqlite(const std::filesystem::path& path) {
    constexpr std::string_view kHeader("SQLite format 3\0", 16);
    if (readInputFileStart(path, kHeader.size()) != kHeader)
        throw InputError(path.string() +
                         ": not a ClusterStudio project (not an SQLite database, or truncated)");
}

} // namespace

void saveCsd(const Design& design, const std::filesystem::path& path) {
    AtomicFile file(path);
    {
        SqliteDatabase db(file.temporaryPath().string(), SqliteDatabase::Mode::Create, path.string());
        // The temporary file only replaces the target once complete, so no rollback journal is needed.
        db.execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = FULL;");
        db.execute("PRAGMA application_id = " + std::to_string(kApplicationId));
        db.execute("PRAGMA user_version = " + std::to_string(kCsdSchemaVersion));
        db.execute("BEGIN");
        db.execute(kSchema);
        Statement meta(db, "INSERT INTO meta (key, value) VALUES (?, ?)");
        const std::string now = nowUtc();
        const std::pair<const char*, std::string> entries[] = {
            {"schema_version", std::to_string(kCsdSchemaVersion)},
            {"app_version", std::string(appVersion())},
            {"created", design.created.empty() ? now : design.created},
            {"modified", now},
            {"name", design.name}};
        for (const auto& [key, value] : entries)
            meta.bind(1, std::string_view(key)).bind(2, value).run();
        writeCatalog(db, design);
        writeDesign(db, design);
        db.execute("COMMIT");
    }
    file.commit();
}

Design openCsd(const std::filesystem::path& path) {
    checkIsSqlite(path);
    SqliteDatabase file(path.string(), SqliteDatabase::Mode::ReadOnly, path.string());
    Statement application(file, "PRAGMA application_id");
    if (!application.step() ||
        application.integer(0, "application_id", std::numeric_limits<std::int32_t>::min(),
                            std::numeric_limits<std::int32_t>::max()) != kApplicationId)
        throw InputError(path.string() + ": not a ClusterStudio project (foreign SQLite database)");
    const int version = schemaVersionOf(file);
    if (version > kCsdSchemaVersion)
        throw InputError(path.string() + ": written by a newer ClusterStudio (file schema " +
                         std::to_string(version) + ", this build reads up to " +
                         std::to_string(kCsdSchemaVersion) + "); update ClusterStudio");
    Statement check(file, "PRAGMA quick_check(1)");
    if (!check.step() || check.text(0, "integrity check") != "ok")
        throw InputError(path.string() + ": the file is damaged (SQLite integrity check failed)");

    if (version == kCsdSchemaVersion)
        return CsdReader(file).read();
    // Migrate a private copy; the file on disk stays as it is until the user saves.
    SqliteDatabase copy = SqliteDatabase::copyToMemory(file);
    for (int from = version; from < kCsdSchemaVersion; ++from)
        copy.execute(kMigrations[from - 1]);
    return CsdReader(copy).read();
}

} // namespace cs
