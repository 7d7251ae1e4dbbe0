using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MemberHub.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class InvoiceNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "InvoicePdfUrl",
                table: "MembershipInvoices",
                type: "TEXT",
                maxLength: 2048,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Number",
                table: "MembershipInvoices",
                type: "TEXT",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "InvoicePdfUrl",
                table: "MembershipInvoices");

            migrationBuilder.DropColumn(
                name: "Number",
                table: "MembershipInvoices");
        }
    }
}
