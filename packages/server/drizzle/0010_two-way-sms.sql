CREATE TABLE `sms_replies` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`agent_id` text NOT NULL,
	`contact_id` text,
	`from` text NOT NULL,
	`to` text NOT NULL,
	`body` text NOT NULL,
	`provider_message_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agent_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`contact_id`) REFERENCES `team_contacts`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sms_replies_provider_message_id_unique` ON `sms_replies` (`provider_message_id`);--> statement-breakpoint
ALTER TABLE `accounts` ADD `sms_help_text` text;--> statement-breakpoint
ALTER TABLE `team_contacts` ADD `sms_opted_out_at` integer;--> statement-breakpoint
ALTER TABLE `team_contacts` ADD `email_unsubscribed_at` integer;--> statement-breakpoint
ALTER TABLE `teams` ADD `sms_time_zone` text DEFAULT 'UTC' NOT NULL;--> statement-breakpoint
ALTER TABLE `teams` ADD `sms_window_start` text DEFAULT '08:00';--> statement-breakpoint
ALTER TABLE `teams` ADD `sms_window_end` text DEFAULT '21:00';--> statement-breakpoint
ALTER TABLE `plans` ADD `pause_on_reply` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `sms_messages` ADD `contact_id` text;--> statement-breakpoint
ALTER TABLE `sms_messages` ADD `plan_id` text;--> statement-breakpoint
CREATE INDEX `sms_messages_conversation_idx` ON `sms_messages` (`from`,`to`,`created_at`);