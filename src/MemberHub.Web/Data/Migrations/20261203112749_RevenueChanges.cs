using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MemberHub.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class RevenueChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RevenueChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    FromAnnualMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    ToAnnualMinor = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RevenueChanges", x => x.Id);
                });

            // Memberships already paying start the log: from nothing to what they are billed, when they started.
            migrationBuilder.Sql("""
                INSERT INTO RevenueChanges (UserId, AtUtc, Currency, FromAnnualMinor, ToAnnualMinor)
                SELECT m.UserId, m.StartedAtUtc, lower(coalesce(p.Currency, t.Currency)), 0,
                       CASE WHEN coalesce(p.Interval, m.Interval, 'Month') = 'Year'
                            THEN coalesce(p.Amount, t.YearlyAmount) ELSE coalesce(p.Amount, t.MonthlyAmount) * 12 END
                FROM Memberships m
                JOIN Tiers t ON t.Id = m.TierId
                LEFT JOIN TierPrices p ON p.StripePriceId = m.StripePriceId
                WHERE m.Source = 'Stripe' AND m.Status IN ('Active', 'PastDue')
                  AND coalesce(p.Amount, CASE WHEN m.Interval = 'Year' THEN t.YearlyAmount ELSE t.MonthlyAmount END) > 0;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_RevenueChanges_AtUtc",
                table: "RevenueChanges",
                column: "AtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RevenueChanges");
        }
    }
}
