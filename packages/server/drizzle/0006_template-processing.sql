ALTER TABLE `templates` ADD `status` text DEFAULT 'ready' NOT NULL;--> statement-breakpoint
ALTER TABLE `templates` ADD `processing_error` text;