  ;; -- only a comment
 /* and another */ ;SELECT 1;;  ;SELECT 2; -- done