#include "base/input_error.h"
#include "hard_stop.h"
#include "io/csd_file.h"
#include "io/design_json.h"
#include "test_support.h"
#include "topology/cluster_generator.h"

#include <chrono>
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
        {"UPDATE racks SET cooling_kw = -1", "cooling_kw must be between 0 and 10000"},
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

TEST_F(CsdFile, OpensWithoutWritingAnythingBesideTheFile) {
    const fs::path file = saved();
    tamper(file, "PRAGMA journal_mode = WAL"); // as another tool could leave it
    ASSERT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1);
    EXPECT_EQ(designToJsonText(openCsd(file)), designToJsonText(smallDesign()));
    EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1) << "no -wal, -shm";
}

TEST_F(CsdFile, RefusesTextThatIsNotUtf8) {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"UPDATE devices SET name = CAST(X'6770FF2D3031' AS TEXT) WHERE id = 1",
         "devices id 1: name: not valid UTF-8 (byte 2)"},
        {"UPDATE meta SET value = CAST(X'C0AF' AS TEXT) WHERE key = 'name'",
         "meta name: not valid UTF-8 (byte 0)"},
        {"INSERT INTO view VALUES ('zoom', CAST(X'31EDA080' AS TEXT))",
         "view zoom: not valid UTF-8 (byte 1)"},
    };
    for (const auto& [sql, expected] : cases) {
        const fs::path file = saved();
        tamper(file, sql);
        EXPECT_EQ(errorOpening(file), file.string() + ": " + expected) << sql;
    }
}

TEST_F(CsdFile, RefusesNestingThatCouldOverflowTheStackLater) {
    // 70,000 levels once opened and then crashed the JSON writer on export.
    const int levels = 70'000;
    std::string deep;
    for (int i = 0; i < levels; ++i)
        deep += "{\"a\":";
    deep += "1" + std::string(levels, '}');
    fs::path file = saved();
    tamper(file, "UPDATE scenarios SET plan = '" + deep + "' WHERE id = 1");
    EXPECT_EQ(errorOpening(file),
              file.string() + ": scenarios id 1: plan: a.a.a.a.a.a.a.a...: nested deeper than 64 levels");
    // Within the readers' cap but deeper than a scenario may nest: the JSON export would not read back.
    std::string nested = "{}";
    for (int i = 0; i < 40; ++i)
        nested = "{\"a\":" + nested + "}";
    file = saved();
    tamper(file, "UPDATE scenarios SET plan = '" + nested + "' WHERE id = 1");
    EXPECT_NE(
        errorOpening(file).find("scenarios id 1: scenario 1: plan and variant nest deeper than 32 levels"),
        std::string::npos)
        << errorOpening(file);
}

TEST_F(CsdFile, AppliesTheDesignsRangesToWhatItReads) {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"UPDATE racks SET max_kw = 1e300 WHERE id = 1", "racks id 1: rack 1: max_kw must be between"},
        {"UPDATE racks SET x = -1e12 WHERE id = 1", "racks id 1: rack 1: x is beyond the canvas"},
        {"UPDATE links SET length_m = 1e300 WHERE id = 1", "links id 1: link 1: the length must be between"},
    };
    for (const auto& [sql, expected] : cases) {
        const fs::path file = saved();
        tamper(file, sql);
        EXPECT_NE(errorOpening(file).find(expected), std::string::npos)
            << sql << "\n -> " << errorOpening(file);
    }
}

// A save killed at any moment leaves the old file or the new one, never a damaged one, and the next save
// removes what the killed one left behind.
TEST_F(CsdFile, SavesSurviveSigkillAndTheNextSaveCleansUp) {
    constexpr int kKills = 120;
    const Design before = smallDesign();
    Design after = smallDesign();
    after.apply({Rename{"after"}});
    after.apply({Add<Rack>{Rack{2, "R2", 900, 0, 30, 48}}});
    const std::string before_text = designToJsonText(before), after_text = designToJsonText(after);
    const fs::path file = dir_ / "design.csd";

    const auto start = std::chrono::steady_clock::now();
    saveCsd(before, file);
    const auto save_time =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start);
    std::mt19937 random(20240611);
    // Kills spread over about two saves, so that they land before, during and after a rename.
    std::uniform_int_distribution<long> delay(0, 2 * save_time.count() + 1000);
    int left_temporaries = 0;
    for (int kill = 0; kill < kKills; ++kill) {
        ASSERT_TRUE(killDuring([&] { saveCsd(kill % 2 ? before : after, file); },
                               std::chrono::microseconds(delay(random))))
            << "the saving child failed by itself";
        const std::string text = designToJsonText(openCsd(file));
        ASSERT_TRUE(text == before_text || text == after_text) << "kill " << kill;
        const int temporaries = countFilesStartingWith(dir_, "design.csd.tmp-");
        EXPECT_LE(temporaries, 2) << "each save removes the temporaries of killed ones";
        left_temporaries += temporaries > 0 ? 1 : 0;
    }
    EXPECT_GT(left_temporaries, kKills / 10) << "kills land while a temporary is being written";
    saveCsd(after, file);
    EXPECT_EQ(designToJsonText(openCsd(file)), after_text);
    EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1)
        << "no temporary or journal is left";
}

} // namespace
} // namespace cs::test
