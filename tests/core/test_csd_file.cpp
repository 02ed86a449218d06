#include "base/input_error.h"
#include "io/csd_file.h"
#include "io/design_json.h"
#include "test_support.h"
#include "topology/cluster_generator.h"

#include <random>
#include <sqlite3.h>

namespace cs::test {
namespace {

// Runs SQL on a saved file, as another tool (or an attacker) could.
void tamper(const fs::path& file, const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(file.c_str(), &db), SQLITE_OK);
    char* error = nullptr;
    const int result = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    EXPECT_EQ(result, SQLITE_OK) << (error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
}

class CsdFile : public TempDirTest {
protected:
    std::string errorOpening(const fs::path& file) {
        try {
            openCsd(file);
        } catch (const InputError& e) {
            return e.what();
        }
        return "opened";
    }
    fs::path saved(const Design& design = smallDesign()) {
        const fs::path file = dir_ / "design.csd";
        saveCsd(design, file);
        return file;
    }
};

TEST_F(CsdFile, RoundTripsTheWholeDesign) {
    Design design = smallDesign();
    design.view_state["zoom"] = "0.5";
    design.view_state["hidden_networks"] = "oob";
    const fs::path file = saved(design);
    const Design opened = openCsd(file);
    EXPECT_EQ(designToJsonText(opened), designToJsonText(design));
    EXPECT_EQ(opened.view_state, design.view_state);
    EXPECT_FALSE(opened.created.empty());

    // Saving again keeps the creation time.
    saveCsd(opened, file);
    EXPECT_EQ(openCsd(file).created, opened.created);
}

TEST_F(CsdFile, CarriesItsOwnCatalogEntries) {
    const fs::path file = saved();
    // The file opens without any library; its device types come from the copies it carries.
    const Design opened = openCsd(file);
    EXPECT_NE(opened.catalog().device("dgx-h100"), nullptr);
    EXPECT_NE(opened.catalog().gpu("h100-sxm5-80gb"), nullptr);
    EXPECT_NE(opened.catalog().cable("osfp-400g-ndr-sr4"), nullptr);
    EXPECT_EQ(opened.catalog().device("xe9680"), nullptr); // only what the design uses

    // A changed copy in the file wins over the library: the design means what it meant when saved.
    tamper(file, "UPDATE catalog SET entry = json_set(entry, '$.name', 'Renamed DGX') WHERE id = 'dgx-h100'");
    EXPECT_EQ(openCsd(file).catalog().device("dgx-h100")->name, "Renamed DGX");
}

TEST_F(CsdFile, RefusesANewerSchema) {
    const fs::path file = saved();
    tamper(file, "UPDATE meta SET value = '7' WHERE key = 'schema_version'");
    EXPECT_EQ(errorOpening(file), file.string() +
                                      ": written by a newer ClusterStudio (file schema 7, this build "
                                      "reads up to 3); update ClusterStudio");
}

TEST_F(CsdFile, MigratesVersionOneWithoutTouchingTheFile) {
    const fs::path file = saved();
    // Version 1 had no view table and no cable lengths (nor version 3's rack cooling and switch planes).
    tamper(
        file,
        "ALTER TABLE racks DROP COLUMN cooling; ALTER TABLE racks DROP COLUMN cooling_kw;"
        "ALTER TABLE devices DROP COLUMN plane;"
        "DROP TABLE view;"
        "CREATE TABLE links1 (id INTEGER PRIMARY KEY, a_device INTEGER NOT NULL, a_port TEXT NOT NULL,"
        " b_device INTEGER NOT NULL, b_port TEXT NOT NULL, network TEXT NOT NULL, gbps INTEGER NOT NULL,"
        " cable TEXT NOT NULL);"
        "INSERT INTO links1 SELECT id, a_device, a_port, b_device, b_port, network, gbps, cable FROM links;"
        "DROP TABLE links; ALTER TABLE links1 RENAME TO links;"
        "UPDATE meta SET value = '1' WHERE key = 'schema_version'; VACUUM;");
    const std::string before = readFile(file);
    const Design opened = openCsd(file);
    EXPECT_EQ(opened.links().size(), 2u);
    EXPECT_EQ(opened.links().find(1)->length_m, 0);
    EXPECT_TRUE(opened.view_state.empty());
    EXPECT_EQ(readFile(file), before);
}

TEST_F(CsdFile, MigratesVersionTwoToAirCooledRacksWithoutPlanes) {
    const fs::path file = saved();
    tamper(file, "ALTER TABLE racks DROP COLUMN cooling; ALTER TABLE racks DROP COLUMN cooling_kw;"
                 "ALTER TABLE devices DROP COLUMN plane;"
                 "UPDATE meta SET value = '2' WHERE key = 'schema_version'; VACUUM;");
    const Design opened = openCsd(file);
    EXPECT_EQ(designToJsonText(opened), designToJsonText(smallDesign()));
    for (const Rack& rack : opened.racks().items())
        EXPECT_EQ(rack.cooling, Cooling::Air);
}

// A rack-scale system on a twin-plane fabric: liquid-cooled racks with their capacity, switches in planes,
// NVLink cables on the scale-up network, all through the file and back.
TEST_F(CsdFile, RoundTripsCoolingPlanesAndScaleupLinks) {
    GeneratorOptions options;
    options.servers = 1;
    options.server = "gb300-nvl72";
    options.fabric = Fabric::SpectrumX;
    const Design design = generateCluster(options, library());
    const fs::path file = saved(design);
    const Design opened = openCsd(file);
    EXPECT_EQ(designToJsonText(opened), designToJsonText(design));
    const std::string json = designToJsonText(opened);
    EXPECT_NE(json.find("\"cooling\": \"liquid\""), std::string::npos);
    EXPECT_NE(json.find("\"plane\": 2"), std::string::npos);
    EXPECT_NE(json.find("\"network\": \"scaleup\""), std::string::npos);
    tamper(file, "UPDATE racks SET cooling = 'steam'");
    EXPECT_NE(errorOpening(file).find("unknown cooling 'steam'"), std::string::npos);
}

TEST_F(CsdFile, RefusesForeignAndDamagedFiles) {
    writeFile(dir_ / "text.csd", "hello, I am not a database");
    EXPECT_EQ(errorOpening(dir_ / "text.csd"),
              (dir_ / "text.csd").string() +
                  ": not a ClusterStudio project (not an SQLite database, or truncated)");
    EXPECT_NE(errorOpening(dir_ / "missing.csd").find("cannot open"), std::string::npos);

    const fs::path foreign = dir_ / "foreign.csd";
    tamper(foreign, "CREATE TABLE t (x)");
    EXPECT_NE(errorOpening(foreign).find("foreign SQLite database"), std::string::npos);
}

TEST_F(CsdFile, ChecksEveryValueItReads) {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"UPDATE devices SET x = 'left' WHERE id = 1", "devices id 1: x: expected a number, found text"},
        {"UPDATE devices SET type = 'cray-1' WHERE id = 1",
         "devices id 1: type 'cray-1' has no catalog entry"},
        {"UPDATE devices SET rack_u = 99 WHERE id = 1", "devices id 1: rack_u: 99 is out of range"},
        {"UPDATE devices SET plane = 99 WHERE id = 1", "devices id 1: plane: 99 is out of range"},
        {"UPDATE devices SET plane = 1 WHERE id = 1",
         "devices id 1: device 1: only switches belong to a plane"},
        {"UPDATE racks SET cooling_kw = -1", "cooling_kw must not be negative"},
        {"UPDATE devices SET network = 'wifi' WHERE id = 3", "devices id 3: network: unknown network 'wifi'"},
        {"UPDATE links SET a_port = 'compute-99' WHERE id = 1", "links id 1: a: 'compute-99' is not a port"},
        {"UPDATE links SET b_port = 'p-1' WHERE id = 2", "is taken by link 1"},
        {"UPDATE links SET gbps = -5 WHERE id = 1", "links id 1: gbps: -5 is out of range"},
        {"UPDATE scenarios SET plan = '{\"tp\": ' WHERE id = 1", "scenarios id 1: plan: malformed JSON"},
        {"UPDATE scenarios SET plan = '[1]' WHERE id = 1", "scenarios id 1: plan: expected a JSON object"},
        {"UPDATE catalog SET entry = '{}' WHERE id = 'r660'", "catalog device 'r660': id: missing"},
        {"UPDATE ports SET max_gbps = 800 WHERE device = 1 AND port = 0",
         "ports of device 1: port compute-1 disagrees with the catalog entry of dgx-h100"},
        {"DELETE FROM ports WHERE device = 2 AND port = 3",
         "ports: 101 rows where the devices have 102 ports"},
        {"DROP TABLE racks", "no such table: racks"},
        {"DELETE FROM meta WHERE key = 'schema_version'", "no schema_version"},
        {"UPDATE meta SET value = 'two' WHERE key = 'schema_version'", "'two' is not a number"},
    };
    for (const auto& [sql, expected] : cases) {
        const fs::path file = saved();
        tamper(file, sql);
        const std::string message = errorOpening(file);
        EXPECT_NE(message.find(expected), std::string::npos) << sql << "\n -> " << message;
        EXPECT_EQ(message.rfind(file.string() + ": ", 0), 0u) << message;
    }
}

// Random truncations and byte flips: each opens, or fails with an InputError — never crashes.
TEST_F(CsdFile, SurvivesTruncationAndByteFlips) {
    const fs::path file = saved();
    const std::string bytes = readFile(file);
    std::mt19937 random(1127);
    int refused = 0;
    const fs::path damaged = dir_ / "damaged.csd";
    for (int round = 0; round < 300; ++round) {
        std::string copy = bytes;
        if (round % 3 == 0) {
            copy.resize(std::uniform_int_distribution<std::size_t>(0, bytes.size() - 1)(random));
        } else {
            for (int flips = 0; flips < 1 + round % 4; ++flips) {
                const auto at = std::uniform_int_distribution<std::size_t>(0, bytes.size() - 1)(random);
                copy[at] =
                    static_cast<char>(copy[at] ^ (1 << std::uniform_int_distribution<int>(0, 7)(random)));
            }
        }
        writeFile(damaged, copy);
        try {
            const Design design = openCsd(damaged);
            EXPECT_LE(design.devices().size(), 4u);
        } catch (const InputError& e) {
            EXPECT_EQ(std::string(e.what()).rfind(damaged.string(), 0), 0u) << e.what();
            ++refused;
        }
    }
    EXPECT_GT(refused, 90); // every truncation, at least
}

TEST_F(CsdFile, AFailedSaveKeepsTheOldFile) {
    const fs::path file = saved();
    const std::string before = readFile(file);
    Design design = smallDesign();
    fs::create_directories(dir_ / "sub");
    EXPECT_THROW(saveCsd(design, dir_ / "design.csd" / "inside.csd"), InputError);
    EXPECT_THROW(saveCsd(design, dir_ / "sub"), InputError);
    EXPECT_EQ(readFile(file), before);
    EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 2); // no temporaries
}

} // namespace
} // namespace cs::test
