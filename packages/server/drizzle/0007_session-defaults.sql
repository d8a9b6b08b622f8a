-- Template defaults became stored session values. Open sessions created before showed their defaults
-- without storing them: store them now, so their parties, the API and the sealed PDF agree. Values
-- already stored (filled or cleared) stay; finished sessions are sealed as they were.
INSERT INTO `session_values` (`account_id`, `session_id`, `field_id`, `party_id`, `value`, `updated_at`)
SELECT `s`.`account_id`, `s`.`id`, `f`.`value` ->> '$.id', '', `f`.`value` -> '$.default', `s`.`updated_at`
FROM `signing_sessions` AS `s`, json_each(`s`.`template`, '$.fields') AS `f`
WHERE `s`.`status` IN ('draft', 'sent', 'in_progress')
  AND json_type(`f`.`value`, '$.default') IS NOT NULL
  AND json_type(`f`.`value`, '$.default') <> 'null'
ON CONFLICT DO NOTHING;
