using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MemberHub.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class QuestionListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_QuestionTagLinks_TagId_QuestionId",
                table: "QuestionTagLinks");

            migrationBuilder.DropIndex(
                name: "IX_Questions_IsHidden_IsDeleted_Id",
                table: "Questions");

            migrationBuilder.AddColumn<bool>(
                name: "IsListed",
                table: "QuestionTagLinks",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            // Links of questions already hidden or deleted are not listed.
            migrationBuilder.Sql("UPDATE QuestionTagLinks SET IsListed = 0 WHERE QuestionId IN (SELECT Id FROM Questions WHERE IsHidden OR IsDeleted);");

            migrationBuilder.CreateIndex(
                name: "IX_QuestionTagLinks_TagId_QuestionId_IsListed",
                table: "QuestionTagLinks",
                columns: new[] { "TagId", "QuestionId", "IsListed" });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_Listed",
                table: "Questions",
                columns: new[] { "CreatedAtUtc", "Id" },
                filter: "NOT \"IsHidden\" AND NOT \"IsDeleted\"");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_Listed_Score",
                table: "Questions",
                columns: new[] { "Score", "Id" },
                filter: "NOT \"IsHidden\" AND NOT \"IsDeleted\"");

            // Search by words (porter stemming for English; Chinese is indexed one character per token, see
            // SqliteQuestionSearch) instead of trigrams: a fraction of the index size and of the matching cost.
            // Posts already indexed are re-indexed from their Markdown source.
            migrationBuilder.Sql("DROP TABLE IF EXISTS QaSearch;");
            migrationBuilder.Sql("CREATE VIRTUAL TABLE QaSearch USING fts5(title, body, kind UNINDEXED, question_id UNINDEXED, tokenize = 'porter unicode61 remove_diacritics 2');");
            migrationBuilder.Sql("INSERT INTO QaSearch (rowid, title, body, kind, question_id) SELECT Id * 4 + 1, Title, BodyMarkdown, 'question', Id FROM Questions WHERE NOT IsHidden AND NOT IsDeleted;");
            migrationBuilder.Sql("INSERT INTO QaSearch (rowid, title, body, kind, question_id) SELECT Id * 4 + 2, '', BodyMarkdown, CASE WHEN IsSummary THEN 'summary' ELSE 'answer' END, QuestionId FROM Answers WHERE NOT IsHidden AND NOT IsDeleted;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS QaSearch;");
            migrationBuilder.Sql("CREATE VIRTUAL TABLE QaSearch USING fts5(title, body, kind UNINDEXED, question_id UNINDEXED, tokenize = 'trigram');");

            migrationBuilder.DropIndex(
                name: "IX_QuestionTagLinks_TagId_QuestionId_IsListed",
                table: "QuestionTagLinks");

            migrationBuilder.DropIndex(
                name: "IX_Questions_Listed",
                table: "Questions");

            migrationBuilder.DropIndex(
                name: "IX_Questions_Listed_Score",
                table: "Questions");

            migrationBuilder.DropColumn(
                name: "IsListed",
                table: "QuestionTagLinks");

            migrationBuilder.CreateIndex(
                name: "IX_QuestionTagLinks_TagId_QuestionId",
                table: "QuestionTagLinks",
                columns: new[] { "TagId", "QuestionId" });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_IsHidden_IsDeleted_Id",
                table: "Questions",
                columns: new[] { "IsHidden", "IsDeleted", "Id" });
        }
    }
}
