using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MemberHub.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ActivityByTime : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_TalkRsvps_CreatedAtUtc",
                table: "TalkRsvps",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_SpeakerQuestions_CreatedAtUtc",
                table: "SpeakerQuestions",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_CreatedAtUtc",
                table: "Questions",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_PostVotes_CreatedAtUtc",
                table: "PostVotes",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_PointAwards_CreatedAtUtc",
                table: "PointAwards",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_IntroductionReplies_CreatedAtUtc",
                table: "IntroductionReplies",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Answers_CreatedAtUtc",
                table: "Answers",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_AnswerComments_CreatedAtUtc",
                table: "AnswerComments",
                column: "CreatedAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TalkRsvps_CreatedAtUtc",
                table: "TalkRsvps");

            migrationBuilder.DropIndex(
                name: "IX_SpeakerQuestions_CreatedAtUtc",
                table: "SpeakerQuestions");

            migrationBuilder.DropIndex(
                name: "IX_Questions_CreatedAtUtc",
                table: "Questions");

            migrationBuilder.DropIndex(
                name: "IX_PostVotes_CreatedAtUtc",
                table: "PostVotes");

            migrationBuilder.DropIndex(
                name: "IX_PointAwards_CreatedAtUtc",
                table: "PointAwards");

            migrationBuilder.DropIndex(
                name: "IX_IntroductionReplies_CreatedAtUtc",
                table: "IntroductionReplies");

            migrationBuilder.DropIndex(
                name: "IX_Answers_CreatedAtUtc",
                table: "Answers");

            migrationBuilder.DropIndex(
                name: "IX_AnswerComments_CreatedAtUtc",
                table: "AnswerComments");
        }
    }
}
