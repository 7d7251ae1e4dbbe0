using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MemberHub.Web.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RulesVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RulesVersions",
                columns: table => new
                {
                    Version = table.Column<int>(type: "integer", nullable: false),
                    RulesMarkdown = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    RulesMarkdownZh = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RulesVersions", x => x.Version);
                });

            // The rules as they read today are the current version's text; earlier versions' texts were not kept before.
            migrationBuilder.Sql("""
                INSERT INTO "RulesVersions" ("Version", "RulesMarkdown", "RulesMarkdownZh", "PublishedAtUtc")
                SELECT "RulesVersion", "RulesMarkdown", "RulesMarkdownZh", "UpdatedAtUtc" FROM "CommunitySettings"
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RulesVersions");
        }
    }
}
